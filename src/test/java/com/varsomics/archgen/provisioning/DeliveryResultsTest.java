package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected results of the CodeArtifact, CodeCommit and CodePipeline checks, from a hand-written template. */
class DeliveryResultsTest {

    private static final Template DELIVERY = Templates.of("""
            {"Resources": {
              "Domain": {"Type": "AWS::CodeArtifact::Domain", "Properties": {"DomainName": "proteomics"}},
              "Store": {"Type": "AWS::CodeArtifact::Repository", "Properties": {"RepositoryName": "pypi-store",
                        "ExternalConnections": ["public:pypi"]}},
              "Python": {"Type": "AWS::CodeArtifact::Repository", "Properties": {"RepositoryName": "python"}},
              "Key": {"Type": "AWS::KMS::Key", "Properties": {}},
              "Alias": {"Type": "AWS::KMS::Alias", "Properties": {"AliasName": "alias/proteomics/source", "TargetKeyId": {"Fn::GetAtt": ["Key", "Arn"]}}},
              "Source": {"Type": "AWS::CodeCommit::Repository", "Properties": {"RepositoryName": "platform", "KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]}}},
              "Pipeline": {"Type": "AWS::CodePipeline::Pipeline", "Properties": {"PipelineType": "V2", "Stages": [
                  {"Name": "Source", "Actions": [{"ActionTypeId": {"Provider": "CodeCommit"}}]},
                  {"Name": "Build", "Actions": [{"ActionTypeId": {"Provider": "CodeBuild"}}, {"ActionTypeId": {"Provider": "CodeBuild"}}]},
                  {"Name": "Deploy", "Actions": [{"ActionTypeId": {"Provider": "EKS"}}]}]}}},
             "Outputs": {"PipelineName": {"Value": {"Ref": "Pipeline"}}}}
            """);

    @Test
    void codeArtifactRepository_ListsItsExternalConnectionsAsAvailable() {
        assertThat(ExpectedResults.of("S", "aws codeartifact describe-repository --domain x --repository pypi-store "
                + "--query 'repository.externalConnections'", DELIVERY)).containsExactly(
                "esperado: [{\"externalConnectionName\": \"public:pypi\", \"packageFormat\": \"pypi\", \"status\":",
                "    \"Available\"}]");
        assertThat(ExpectedResults.of("S", "aws codeartifact describe-repository --domain x --repository python "
                + "--query 'repository.externalConnections'", DELIVERY)).containsExactly("esperado: []");
    }

    @Test
    void codeArtifactEndpoint_IsTheDomainsUrlInTheTemplatesRegion_ForTheFormatAndRepository() {
        assertThat(ExpectedResults.of("S", "aws codeartifact get-repository-endpoint --domain x --repository python --format pypi", DELIVERY))
                .containsExactly("esperado: \"repositoryEndpoint\":",
                        "    \"https://proteomics-<conta>.d.codeartifact.sa-east-1.amazonaws.com/pypi/python/\"");
    }

    @Test
    void codeCommitRepository_NamesItsCustomerKeyByAlias() {
        assertThat(ExpectedResults.of("S", "aws codecommit get-repository --repository-name platform "
                + "--query 'repositoryMetadata.[repositoryName,kmsKeyId]'", DELIVERY)).containsExactly(
                "esperado:",
                "  repositoryName: \"platform\"",
                "  kmsKeyId: id da chave alias/proteomics/source (não a chave gerenciada aws/codecommit)");
    }

    @Test
    void pipeline_ListsItsTypeAndStagesWithTheirProviders() {
        assertThat(ExpectedResults.of("S", "aws codepipeline get-pipeline --name {{PipelineName}} "
                + "--query '[pipeline.pipelineType,pipeline.stages[].[name,actions[].actionTypeId.provider]]'", DELIVERY)).containsExactly(
                "esperado:",
                "  pipeline.pipelineType: \"V2\"",
                "  pipeline.stages[].[name,actions[].actionTypeId.provider]: Source (CodeCommit) → Build",
                "      (CodeBuild, CodeBuild) → Deploy (EKS)");
    }
}
