package com.varsomics.archgen.provisioning;

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

        assertThat(data.name()).isEqualTo("Data");
        assertThat(data.region()).isEqualTo("sa-east-1");
        assertThat(data.account()).isEqualTo(SynthesizedStack.WORKLOAD);
        assertThat(data.description()).isEqualTo("Dados: bucket de entrada.");
        assertThat(data.parameters()).isEmpty();
        assertThat(data.outputs()).containsExactly(new SynthesizedStack.Output("InputBucketName", "Bucket de entrada (1 ano)."),
                new SynthesizedStack.Output("DatabaseClusterId", "Cluster Aurora."));
        assertThat(data.verification()).extracting(SynthesizedStack.Verification::command).containsExactly(
                "aws s3api get-bucket-lifecycle-configuration --bucket {{InputBucketName}}",
                "aws rds describe-db-clusters --region sa-east-1 --db-cluster-identifier {{DatabaseClusterId}} --query 'DBClusters[0].[EngineVersion,StorageEncrypted]'");
        assertThat(data.resourceCount()).isEqualTo(3);
        assertThat(edge.region()).isEqualTo("us-east-1");
        assertThat(edge.account()).isEqualTo(SynthesizedStack.TOOLING);
        assertThat(edge.dependencies()).containsExactly("Data");
        assertThat(edge.parameters()).containsExactly(new SynthesizedStack.Parameter("OriginVerifyToken", "Cabeçalho secreto da origem."));
    }

    @Test
    void stacks_DeriveTheExpectedResultOfEachVerification_FromTheTemplate() {
        assertThat(reader.stacks().get(0).verification().get(1).expected()).containsExactly("esperado: [\"16.13\", true]");
    }

    @Test
    void stacks_CarryTerminationProtection_RetainedResources_AndTheCommandsThatLiftDeletionProtection() {
        SynthesizedStack data = reader.stacks().get(0);

        assertThat(data.terminationProtection()).isTrue();
        assertThat(reader.stacks().get(1).terminationProtection()).isFalse();
        assertThat(data.retained()).containsExactly(
                new SynthesizedStack.RetainedResource("Data/InputBucket", "AWS::S3::Bucket", "Retain"),
                new SynthesizedStack.RetainedResource("Data/Database", "AWS::RDS::DBCluster", "Snapshot"));
        assertThat(data.unprotect()).containsExactly(
                "aws rds modify-db-cluster --region sa-east-1 --db-cluster-identifier {{DatabaseClusterId}} --no-deletion-protection --apply-immediately");
    }

    @Test
    void toolchain_IsWhatTheAssemblyDeclares() {
        assertThat(reader.toolchain()).isEqualTo(new CdkToolchain("2.1134.0", "2.263.0", 6, "hnb659fds"));
    }

    @Test
    void constructPathsWithResources_ListsResourcesAndTheirParents_NotEmptyConstructs() {
        assertThat(reader.constructPathsWithResources())
                .contains("Data", "Data/InputBucket", "Data/InputBucket/Resource", "Data/InputBucket/Policy", "Edge/Distribution")
                .doesNotContain("Data/Settings", "");
    }

    @Test
    void nagFindings_ReadsEveryLineOfEveryJsonReport_WithQuotesInsideFields() {
        List<NagFinding> findings = reader.nagFindings();

        assertThat(findings).hasSize(5);
        assertThat(findings).filteredOn(NagFinding::open).extracting(NagFinding::ruleId)
                .containsExactly("AwsSolutions-EC23", "HIPAA.Security-IAMNoInlinePolicy");
        assertThat(findings).filteredOn(NagFinding::suppressed).extracting(NagFinding::reason)
                .containsOnly("Curingas, com vírgula e \"aspas\" | barra.");
    }
}
