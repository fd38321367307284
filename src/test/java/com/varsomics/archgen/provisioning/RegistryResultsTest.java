package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected results of the Amazon ECR checks, from a hand-written template. */
class RegistryResultsTest {

    private static final Template REGISTRY = Templates.of("""
            {"Resources": {
              "Template": {"Type": "AWS::ECR::RepositoryCreationTemplate", "Properties": {"Prefix": "proteomics",
                           "AppliedFor": ["REPLICATION", "PULL_THROUGH_CACHE"], "ImageTagMutability": "IMMUTABLE",
                           "EncryptionConfiguration": {"EncryptionType": "KMS"},
                           "LifecyclePolicy": "{\\"rules\\":[{\\"description\\":\\"keep 30 images\\"}]}"}},
              "Web": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryName": "proteomics/web", "ImageTagMutability": "IMMUTABLE",
                      "EncryptionConfiguration": {"EncryptionType": "KMS"}}},
              "Api": {"Type": "AWS::ECR::Repository", "Properties": {"RepositoryName": "proteomics/api"}},
              "Replication": {"Type": "AWS::ECR::ReplicationConfiguration", "Properties": {"ReplicationConfiguration": {"Rules": [
                              {"Destinations": [{"Region": "sa-east-1", "RegistryId": "444455556666"},
                                                {"Region": "sa-east-1", "RegistryId": "777788889999"}]}]}}},
              "Scanning": {"Type": "AWS::ECR::RegistryScanningConfiguration", "Properties": {"ScanType": "ENHANCED",
                           "Rules": [{"ScanFrequency": "CONTINUOUS_SCAN"}]}}}}
            """);

    @Test
    void repositoryCreationTemplates_DescribeTheTemplateOfThePrefix() {
        assertThat(ExpectedResults.of("S", "aws ecr describe-repository-creation-templates --prefixes proteomics", REGISTRY))
                .containsExactly("esperado: modelo do prefixo proteomics aplicado a REPLICATION, PULL_THROUGH_CACHE: IMMUTABLE,",
                        "    criptografia KMS, ciclo de vida \"keep 30 images\"");
    }

    @Test
    void repositories_AreOneLineEachInTheCommandsOrder_WithEcrsDefaults() {
        assertThat(ExpectedResults.of("S", "aws ecr describe-repositories --repository-names proteomics/api proteomics/web "
                + "--query 'repositories[].[repositoryName,imageTagMutability,encryptionConfiguration.encryptionType]' --output table",
                REGISTRY)).containsExactly(
                "esperado: 2 linhas:",
                "  proteomics/api | MUTABLE | AES256",
                "  proteomics/web | IMMUTABLE | KMS");
    }

    @Test
    void registryReplication_ListsEachRulesDestinations() {
        assertThat(ExpectedResults.of("S", "aws ecr describe-registry --query 'replicationConfiguration.rules[].destinations'", REGISTRY))
                .containsExactly("esperado: 1 regra com os destinos:",
                        "  {\"region\": \"sa-east-1\", \"registryId\": \"444455556666\"}, {\"region\": \"sa-east-1\", \"registryId\":",
                        "      \"777788889999\"}");
    }

    @Test
    void registryScanning_ReadsTheScanTypeAndFrequencies() {
        assertThat(ExpectedResults.of("S", "aws ecr get-registry-scanning-configuration "
                + "--query 'scanningConfiguration.[scanType,rules[].scanFrequency]'", REGISTRY))
                .containsExactly("esperado: [\"ENHANCED\", [\"CONTINUOUS_SCAN\"]]");
    }
}
