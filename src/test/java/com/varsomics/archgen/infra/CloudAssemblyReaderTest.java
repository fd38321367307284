package com.varsomics.archgen.infra;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the small cloud assembly under src/test/resources/cdk-out/minimal (two stacks, Edge depends on Data). */
class CloudAssemblyReaderTest {

    private final CloudAssemblyReader reader = new CloudAssemblyReader(minimal());

    static Path minimal() {
        try {
            return Path.of(CloudAssemblyReaderTest.class.getResource("/cdk-out/minimal").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stacks_AreInDeploymentOrder_EvenWhenTheManifestListsADependentFirst() {
        assertThat(reader.stacks()).extracting(SynthesizedStack::name).containsExactly("Data", "Edge");
    }

    @Test
    void stacks_CarryRegionDescriptionParametersOutputsAndVerification_WithoutCdkInternals() {
        SynthesizedStack data = reader.stacks().get(0);
        SynthesizedStack edge = reader.stacks().get(1);

        assertThat(data).isEqualTo(new SynthesizedStack("Data", "sa-east-1", SynthesizedStack.WORKLOAD, "Dados: bucket de entrada.", List.of(), List.of(),
                List.of(new SynthesizedStack.Output("InputBucketName", "Bucket de entrada (1 ano).")),
                List.of("aws s3api get-bucket-lifecycle-configuration --bucket {{InputBucketName}}"), 2));
        assertThat(edge.region()).isEqualTo("us-east-1");
        assertThat(edge.account()).isEqualTo(SynthesizedStack.TOOLING);
        assertThat(edge.dependencies()).containsExactly("Data");
        assertThat(edge.parameters()).containsExactly(new SynthesizedStack.Parameter("OriginVerifyToken", "Cabeçalho secreto da origem."));
    }

    @Test
    void constructPathsWithResources_ListsResourcesAndTheirParents_NotEmptyConstructs() {
        assertThat(reader.constructPathsWithResources())
                .contains("Data", "Data/InputBucket", "Data/InputBucket/Resource", "Data/InputBucket/Policy", "Edge/Distribution")
                .doesNotContain("Data/Settings", "");
    }

    @Test
    void nagFindings_ReadsEveryReport_WithQuotesCommasAndLineBreaksInsideFields() {
        List<NagFinding> findings = reader.nagFindings();

        assertThat(findings).hasSize(5);
        assertThat(findings).filteredOn(NagFinding::open).extracting(NagFinding::ruleId)
                .containsExactly("AwsSolutions-EC23", "HIPAA.Security-IAMNoInlinePolicy");
        assertThat(findings).filteredOn(NagFinding::suppressed).extracting(NagFinding::reason)
                .containsOnly("Curingas, com vírgula e \"aspas\" | barra.");
    }
}
