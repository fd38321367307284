package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fragments of cdk-out/minimal against golden files in src/test/resources/provisioning-guide (regenerate them by
 * hand after a deliberate change and review the diff), plus the rules the document checks rely on.
 */
class ProvisioningGuideTest {

    private final CloudAssemblyReader minimal = new CloudAssemblyReader(CloudAssemblyReaderTest.minimal());

    @Test
    void stacks_MatchesTheGoldenFile() {
        assertThat(ProvisioningGuide.stacks(minimal.stacks(), minimal.toolchain())).isEqualTo(golden(ProvisioningGuide.STACKS_FILE));
    }

    @Test
    void teardown_MatchesTheGoldenFile() {
        assertThat(ProvisioningGuide.teardown(minimal.stacks())).isEqualTo(golden(ProvisioningGuide.TEARDOWN_FILE));
    }

    @Test
    void toolchain_MatchesTheGoldenFile() {
        assertThat(ProvisioningGuide.toolchain(minimal.stacks(), minimal.toolchain())).isEqualTo(golden(ProvisioningGuide.TOOLCHAIN_FILE));
    }

    @Test
    void stacks_MakesEveryStackAStepSectionAtLevel3_WithItsCommandAndVerificationListings() {
        String adoc = ProvisioningGuide.stacks(minimal.stacks(), minimal.toolchain());

        assertThat(adoc).contains("""
                [#passo-data.passo]
                === Passo {counter:passo}: `Data`
                """);
        assertThat(adoc).contains("""
                [source,bash,role=comando]
                ----
                cdk deploy Data -c environment="$AMBIENTE" -c account="$CONTA_CARGA" "${CONTEXTO[@]}" \\
                  --profile "$PERFIL_CARGA"
                ----
                """);
        assertThat(adoc).contains("""
                .Verificação de `Data`
                [source,bash,role=verificacao]
                ----
                export AWS_PROFILE="$PERFIL_CARGA"
                aws s3api get-bucket-lifecycle-configuration --bucket "$(saida sa-east-1 Data InputBucketName)"
                # esperado: 2 regras com Status Enabled:
                #   expire-inputs-after-1-year: expira aos 365 dias; versões não correntes apagadas após 7 dias;
                #       multipart incompleto abortado após 7 dias
                #   remove-expired-delete-markers: remove marcadores de exclusão sem versões
                """);
        // The bootstrap is a step of its own, so the listings before the first stack do not fall into the previous section.
        assertThat(adoc.indexOf("[#passo-bootstrap.passo]")).isLessThan(adoc.indexOf("cdk bootstrap"));
        assertThat(adoc.lines().filter(line -> line.startsWith("=")).toList())
                .allMatch(line -> line.startsWith("=== Passo {counter:passo}: "));
    }

    @Test
    void stacks_PassesTheToolingStacksNeitherEnvironmentNorAccountContext() {
        assertThat(ProvisioningGuide.stacks(minimal.stacks(), minimal.toolchain())).contains("""
                cdk deploy Edge --profile "$PERFIL_FERRAMENTAS" \\
                  --parameters OriginVerifyToken="$ORIGIN_VERIFY_TOKEN"
                """);
    }

    @Test
    void stacks_BreaksEveryListingLineToFitThePrintedPage() {
        String adoc = ProvisioningGuide.stacks(minimal.stacks(), minimal.toolchain()) + ProvisioningGuide.teardown(minimal.stacks());

        assertThat(listingLines(adoc)).isNotEmpty().allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
    }

    @Test
    void stacks_FailsTheBuild_WhenAVerificationWordIsWiderThanThePage() {
        String query = "'[" + "VeryLongFieldName,".repeat(6) + "Last]'";
        SynthesizedStack stack = new SynthesizedStack("Data", "sa-east-1", SynthesizedStack.WORKLOAD, "Dados.", List.of(), List.of(), List.of(),
                List.of(new SynthesizedStack.Verification("aws rds describe-db-clusters --query " + query, List.of("esperado: nada"))),
                1, false, List.of(), List.of());

        assertThatThrownBy(() -> ProvisioningGuide.stacks(List.of(stack), minimal.toolchain()))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("stack Data: the command line `  " + query + "` is 118 characters long, wider than the 100");
    }

    @Test
    void teardown_DeletesTheEnvironmentsStacksFirst_AndTheToolingAccountsStacksOnlyInAListingOfTheirOwn() {
        String adoc = ProvisioningGuide.teardown(minimal.stacks());

        int environment = adoc.indexOf(".Exclusão das stacks de um ambiente");
        int tooling = adoc.indexOf(".Só ao desmontar a plataforma inteira, depois dos dois ambientes");
        assertThat(environment).isNotNegative().isLessThan(adoc.indexOf("cdk destroy Data"));
        assertThat(adoc.indexOf("cdk destroy Data")).isLessThan(tooling);
        assertThat(tooling).isLessThan(adoc.indexOf("cdk destroy Edge"));
        assertThat(adoc.substring(environment, tooling)).doesNotContain("PERFIL_FERRAMENTAS");
    }

    @Test
    void outputs_ListsEveryOutputOfEveryStackInDeploymentOrder_WithTheCommandThatReadsIt() {
        assertThat(ProvisioningGuide.outputs(minimal.stacks())).endsWith("""

                [cols="2,2,4,4",options="header"]
                |===
                |Stack |Saída |Descrição |Leitura (`AWS_PROFILE` da conta)
                |`Data` |`InputBucketName` |Bucket de entrada (1 ano). |`saida sa-east-1 Data InputBucketName`
                |`Data` |`DatabaseClusterId` |Cluster Aurora. |`saida sa-east-1 Data DatabaseClusterId`
                |`Edge` |`DistributionId` |Distribuição CloudFront. |`saida us-east-1 Edge DistributionId`
                |===
                """);
    }

    @Test
    void stacks_FailsTheBuild_WhenAVerificationCommandNamesAMissingOutput() {
        SynthesizedStack stack = new SynthesizedStack("Data", "sa-east-1", SynthesizedStack.WORKLOAD, "Dados.", List.of(), List.of(), List.of(),
                List.of(new SynthesizedStack.Verification("aws s3 ls {{BucketName}}", List.of("esperado: nada"))), 1, false, List.of(), List.of());

        assertThatThrownBy(() -> ProvisioningGuide.stacks(List.of(stack), minimal.toolchain()))
                .isInstanceOf(BuildException.class)
                .hasMessage("stack Data: a verification command uses the output 'BucketName', which the template does not have. "
                        + "Add output(\"BucketName\", ...) to the stack or fix verifiedBy(...).");
    }

    @Test
    void suppressions_ListsEachSuppressionOnce_SortedWithItsReason_AndEscapesTableCells() {
        assertThat(ProvisioningGuide.suppressions(minimal.nagFindings())).endsWith("""

                1 exceções às regras do cdk-nag (pacotes AwsSolutions e HIPAA Security), cada uma registrada no código ao lado do recurso, com o motivo:

                [cols="2,3,5",options="header"]
                |===
                |Regra |Recurso |Motivo
                |`AwsSolutions-IAM5` |`+Data/Role/Resource+` |Curingas, com vírgula e "aspas" \\| barra.
                |===
                """);
    }

    @Test
    void suppressions_KeepCloudFormationTokensLiteral_AndDropAnEmptyFindingId() {
        NagFinding finding = new NagFinding("HIPAA.Security-EC2RestrictedSSH", "Data/Db/from Proxy:{IndirectPort}", "Suppressed",
                "[] A porta {IndirectPort} é a do cluster.", "Error");

        assertThat(ProvisioningGuide.suppressions(List.of(finding))).contains(
                "|`HIPAA.Security-EC2RestrictedSSH` |`+Data/Db/from Proxy:{IndirectPort}+` |A porta \\{IndirectPort} é a do cluster.\n");
    }

    @Test
    void write_GivesByteIdenticalFragments_ForTheSameAssembly(@TempDir Path first, @TempDir Path second) throws IOException {
        ProvisioningGuide.write(minimal.stacks(), minimal.nagFindings(), minimal.toolchain(), first);
        ProvisioningGuide.write(minimal.stacks(), minimal.nagFindings(), minimal.toolchain(), second);

        for (String file : ProvisioningGuide.FILES) {
            assertThat(Files.readAllBytes(first.resolve(file))).as(file).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
    }

    @Test
    void environmentVariable_SpellsAParameterKeyAsAShellVariable() {
        assertThat(ProvisioningGuide.environmentVariable("OriginVerifyToken")).isEqualTo("ORIGIN_VERIFY_TOKEN");
    }

    /** The lines inside the ---- delimited listings of an AsciiDoc text. */
    static List<String> listingLines(String adoc) {
        List<String> lines = new java.util.ArrayList<>();
        boolean inside = false;
        for (String line : adoc.lines().toList()) {
            if (line.equals("----")) {
                inside = !inside;
            } else if (inside) {
                lines.add(line);
            }
        }
        return lines;
    }

    static String golden(String file) {
        try {
            return Files.readString(Path.of(ProvisioningGuideTest.class.getResource("/provisioning-guide/" + file).toURI()),
                    StandardCharsets.UTF_8);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
