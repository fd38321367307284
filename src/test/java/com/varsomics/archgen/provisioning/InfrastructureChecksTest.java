package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks {@code ./mvnw package} runs on the synthesized app: cdk-out/minimal (two open cdk-nag findings) plus, written
 * here, a synthesis warning and a stack whose templates carry a /33 block typed in cdk.json and another one in code.
 */
class InfrastructureChecksTest {

    @Test
    void openNagFindings_SynthesisWarnings_AndInvalidCidrs_FailWithWhereAndWhatToDo(@TempDir Path cdkOut) throws IOException {
        copyMinimal(cdkOut);
        Files.writeString(cdkOut.resolve("Data.metadata.json"), """
                {"/Data/InputBucket/Resource": [{"type": "aws:cdk:warning", "data": "minHealthyPercent has not been configured"},
                                                 {"type": "aws:cdk:logicalId", "data": "InputBucket3BF8630A"}]}
                """);
        Files.writeString(cdkOut.resolve("Compute.template.json"), """
                {"Resources": {
                  "Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {"ResourcesVpcConfig": {"PublicAccessCidrs": ["198.51.100.0/24", "203.0.113.0/33"]}},
                              "Metadata": {"aws:cdk:path": "Compute/Cluster/Resource"}},
                  "Ingress": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"CidrIp": "10.20.300.0/24", "CidrIpv6": "::/0"},
                              "Metadata": {"aws:cdk:path": "Compute/Ingress/Resource"}}}}
                """);
        Path cdkJson = cdkOut.resolve("cdk.json");
        Files.writeString(cdkJson, """
                {
                  "context": {
                    "eksPublicAccessCidrs": ["198.51.100.0/24", "203.0.113.0/33"]
                  }
                }
                """);

        List<Finding> findings = InfrastructureChecks.findings(Fixtures.load("cdk-constructs.dsl"), new CloudAssemblyReader(cdkOut),
                cdkJson, Path.of("cdk.json"));

        assertThat(findings).filteredOn(f -> !f.key().startsWith("infra.element") && !f.key().startsWith("infra.stack")).containsExactly(
                new Finding("infra.nag.open", Location.of("cdk.out"),
                        "Data/Group/Resource is UNKNOWN for cdk-nag rule AwsSolutions-EC23 (Error).",
                        "Fix the resource in its stack, or suppress the rule next to the resource with Nag.suppress(...) and the reason it does not apply."),
                new Finding("infra.nag.open", Location.of("cdk.out"),
                        "Data/Role/Resource is Non-Compliant for cdk-nag rule HIPAA.Security-IAMNoInlinePolicy (Error).",
                        "Fix the resource in its stack, or suppress the rule next to the resource with Nag.suppress(...) and the reason it does not apply."),
                new Finding("infra.synthesis.annotation", Location.of("cdk.out"),
                        "/Data/InputBucket/Resource: minHealthyPercent has not been configured.",
                        "CDK warned while synthesizing this construct: change the construct so the warning goes away (warnings become deployment surprises)."),
                new Finding("infra.template.cidr", new Location("cdk.json", 3),
                        "'203.0.113.0/33' in ResourcesVpcConfig.PublicAccessCidrs of Compute/Cluster/Resource is not a CIDR block (IPv4 prefix 0–32, IPv6 0–128).",
                        "Correct the value (e.g. 203.0.113.0/24)."),
                new Finding("infra.template.cidr", Location.of("cdk.out/Compute.template.json"),
                        "'10.20.300.0/24' in CidrIp of Compute/Ingress/Resource is not a CIDR block (IPv4 prefix 0–32, IPv6 0–128).",
                        "Correct the value (e.g. 203.0.113.0/24)."));
    }

    @Test
    void anElementNamingAConstructTheAppDoesNotHave_FailsTheStage_NamingTheDslLine() {
        assertThatThrownBy(() -> InfrastructureChecks.verify(Fixtures.load("cdk-constructs.dsl"),
                new CloudAssemblyReader(CloudAssemblyReaderTest.minimal()), Path.of("absent-cdk.json"), Path.of("cdk.json")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cdk-constructs.dsl:19: element 'queue' (\"Fila de status\") names the construct 'Data/StatusQueue'");
    }

    @Test
    void cidrNotation_AcceptsPrefixesUpToTheAddressLength() {
        assertThat(Stream.of("0.0.0.0/0", "10.20.0.0/16", "203.0.113.7/32", "::/0", "2001:db8::/128")).allMatch(CidrNotation::valid);
        assertThat(Stream.of("10.0.0.0/33", "256.0.0.0/8", "2001:db8::/129", "10.0.0.0", "any")).noneMatch(CidrNotation::valid);
    }

    private static void copyMinimal(Path target) throws IOException {
        try (Stream<Path> files = Files.list(CloudAssemblyReaderTest.minimal())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
