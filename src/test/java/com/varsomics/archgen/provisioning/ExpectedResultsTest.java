package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedResultsTest {

    private static final String TEMPLATE = """
            {
              "Resources": {
                "Key": {"Type": "AWS::KMS::Key", "Properties": {"EnableKeyRotation": true}},
                "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "status", "VisibilityTimeout": 120,
                          "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]}, "maxReceiveCount": 5}}},
                "Dlq": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "status-dlq"}},
                "Endpoint": {"Type": "AWS::EC2::VPCEndpoint",
                             "Properties": {"ServiceName": {"Fn::Join": ["", ["com.amazonaws.", {"Ref": "AWS::Region"}, ".s3"]]}}},
                "Machine": {"Type": "AWS::StepFunctions::StateMachine",
                            "Properties": {"StateMachineType": "STANDARD", "LoggingConfiguration": {"Level": "ALL"},
                                           "TracingConfiguration": {"Enabled": true}}}
              },
              "Outputs": {
                "KeyArn": {"Description": "Chave.", "Value": {"Fn::GetAtt": ["Key", "Arn"]}},
                "QueueUrl": {"Description": "Fila.", "Value": {"Ref": "Queue"}},
                "MachineArn": {"Description": "Máquina.", "Value": {"Ref": "Machine"}}
              }
            }
            """;

    private final Template template;

    ExpectedResultsTest() throws Exception {
        JsonNode root = new ObjectMapper().readTree(TEMPLATE);
        template = new Template(root, "sa-east-1");
    }

    private static Template template(String json) {
        try {
            return new Template(new ObjectMapper().readTree(json), "sa-east-1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void of_DerivesTheValueFromTheResourceTheOutputPointsAt() {
        assertThat(ExpectedResults.of("S", "aws kms get-key-rotation-status --key-id {{KeyArn}}", template))
                .containsExactly("esperado: \"KeyRotationEnabled\": true, \"RotationPeriodInDays\": 365");
    }

    @Test
    void of_PrintsAMultiselectQueryAsAnArray_InTheQueryOrder() {
        assertThat(ExpectedResults.of("S", "aws stepfunctions describe-state-machine --state-machine-arn {{MachineArn}} "
                + "--query '[tracingConfiguration.enabled,type]'", template)).containsExactly("esperado: [true, \"STANDARD\"]");
    }

    @Test
    void of_ResolvesTheRegionInJoinedValues() {
        assertThat(ExpectedResults.of("S", "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].ServiceName'", template))
                .containsExactly("esperado: 1 endpoints, em qualquer ordem:", "  com.amazonaws.sa-east-1.s3");
    }

    @Test
    void of_ListsEachRequestedAttribute_WithDefaultsAndTheDeadLetterQueueByName() {
        assertThat(ExpectedResults.of("S", "aws sqs get-queue-attributes --queue-url {{QueueUrl}} "
                + "--attribute-names VisibilityTimeout MessageRetentionPeriod RedrivePolicy", template)).containsExactly(
                "esperado (\"Attributes\", valores como texto):",
                "  VisibilityTimeout: \"120\"",
                "  MessageRetentionPeriod: \"345600\"",
                "  RedrivePolicy: maxReceiveCount 5, deadLetterTargetArn da fila status-dlq");
    }

    @Test
    void of_ListsTheClusterParameterGroupsOwnParameters_ByName() {
        Template withParameters = template("""
                {"Resources": {"Parameters": {"Type": "AWS::RDS::DBClusterParameterGroup",
                   "Properties": {"Family": "aurora-postgresql16", "Parameters": {"rds.force_ssl": "1", "cron.database_name": "app"}}}},
                 "Outputs": {"Group": {"Value": {"Ref": "Parameters"}}}}
                """);
        assertThat(ExpectedResults.of("S", "aws rds describe-db-cluster-parameters --db-cluster-parameter-group-name {{Group}} "
                + "--source user --query 'Parameters[].[ParameterName,ParameterValue]'", withParameters)).containsExactly(
                "esperado: 2 parâmetros definidos pelo usuário:",
                "  [\"cron.database_name\", \"app\"]",
                "  [\"rds.force_ssl\", \"1\"]");
    }

    @Test
    void of_FailsTheBuild_ForACommandWithoutARule() {
        assertThatThrownBy(() -> ExpectedResults.of("S", "aws lambda get-function --function-name x", template))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("stack S: the guide has no expected result for the verification `aws lambda get-function`.");
    }

    @Test
    void of_FailsTheBuild_ForAQueriedFieldWithoutADerivation() {
        assertThatThrownBy(() -> ExpectedResults.of("S", "aws stepfunctions describe-state-machine --state-machine-arn {{MachineArn}} "
                + "--query '[type,roleArn]'", template))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("queries 'roleArn'");
    }

    @Test
    void of_NamesFieldsBelowTheRootByTheirPathFromTheRoot() {
        assertThat(ExpectedResults.of("S", "aws stepfunctions describe-state-machine --state-machine-arn {{MachineArn}} "
                + "--query 'loggingConfiguration.[level,includeExecutionData]'", template)).containsExactly("esperado: [\"ALL\", false]");
    }

    @Test
    void of_CountsTheEventRulesWhosePatternNamesTheDetailType_SkippingRulesWithoutAPattern() {
        Template rules = template("""
                {"Resources": {
                  "Status": {"Type": "AWS::Events::Rule", "Properties": {"EventPattern": {"source": ["aws.states"],
                             "detail-type": ["Step Functions Execution Status Change"]}}},
                  "Nightly": {"Type": "AWS::Events::Rule", "Properties": {"ScheduleExpression": "rate(1 day)"}}}}
                """);

        assertThat(ExpectedResults.of("S", "aws events list-rules --query \"Rules[?contains(EventPattern || '', "
                + "'Step Functions Execution Status Change')].[Name,State]\"", rules))
                .containsExactly("esperado: 1 regra com nome gerado pelo CloudFormation, ENABLED");
    }

    @Test
    void of_TakesTheTemplatesOnlyEmailIdentity_WhenTheCommandNamesItByAShellVariable() {
        Template identity = template("""
                {"Resources": {"Domain": {"Type": "AWS::SES::EmailIdentity", "Properties": {"EmailIdentity": "example.com"}}}}
                """);

        assertThat(ExpectedResults.of("S", "aws sesv2 get-email-identity --email-identity \"$DOMINIO\" "
                + "--query MailFromAttributes.MailFromDomainStatus", identity)).first().isEqualTo("esperado: \"SUCCESS\"");
    }

    @Test
    void of_WrapsExpectedLinesToFitThePrintedListingWithTheirCommentSign() {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            resources.append(i == 0 ? "" : ",").append("\"E").append(i).append("\": {\"Type\": \"AWS::EC2::VPCEndpoint\", ")
                    .append("\"Properties\": {\"ServiceName\": \"com.amazonaws.sa-east-1.service-number-").append(i).append("\"}}");
        }
        Template endpoints = template("{\"Resources\": {" + resources + "}}");

        assertThat(ExpectedResults.of("S", "aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[].ServiceName'", endpoints))
                .allSatisfy(line -> assertThat(("# " + line).length()).isLessThanOrEqualTo(100).as(line));
    }

    @Test
    void command_KeepsQuotedArgumentsAndSubshellsWhole() {
        AwsCommand command = AwsCommand.parse("aws sqs get-queue-attributes --queue-url "
                + "$(aws sqs get-queue-url --queue-name \"x y\" --query QueueUrl) --attribute-names A B "
                + "--query \"Rules[?contains(EventPattern, 'a, b')].[Name,State]\"");

        assertThat(command.service()).isEqualTo("sqs");
        assertThat(command.options("queue-url")).containsExactly("$(aws sqs get-queue-url --queue-name \"x y\" --query QueueUrl)");
        assertThat(command.options("attribute-names")).containsExactly("A", "B");
        assertThat(command.queryFields()).containsExactly("Name", "State");
    }

    @Test
    void queryFields_SplitsOnlyTheFinalMultiselect_AndKeepsNestedProjections() {
        assertThat(QueryFields.of("cluster.[status,a.b[].c]")).containsExactly("status", "a.b[].c");
        assertThat(QueryFields.of("[p.type,p.stages[].[name,actions[].id]]")).containsExactly("p.type", "p.stages[].[name,actions[].id]");
        assertThat(QueryFields.of("FlowLogs[].FlowLogStatus")).isEqualTo(List.of("FlowLogs[].FlowLogStatus"));
        assertThat(QueryFields.of("Rules[?contains(EventPattern, 'a, b')].[Name,State]")).containsExactly("Name", "State");
        assertThat(QueryFields.of(" ")).isEmpty();
        assertThat(QueryFields.of("DBClusters[0]")).as("an index is no multiselect").containsExactly("DBClusters[0]");
    }

    @Test
    void queryPrefixes_NameAFieldFromNothing_FromBelowTheResponseRoot_AndFromTheRoot() {
        assertThat(QueryFields.prefixes("cluster.resourcesVpcConfig.[a,b]"))
                .containsExactly("", "resourcesVpcConfig.", "cluster.resourcesVpcConfig.");
        assertThat(QueryFields.prefixes("DBClusters[0].[a,b]")).containsExactly("", "DBClusters[0].");
        assertThat(QueryFields.prefixes("[a,b]")).containsExactly("");
        assertThat(QueryFields.prefixes("a.b")).containsExactly("");
    }

    @Test
    void outputReferences_AreReadInOrder_AndReplacedByKey() {
        String command = "aws ec2 describe-subnets --filters Name=vpc-id,Values={{VpcId}} --x {{Other}}";

        assertThat(OutputReference.keysIn(command)).containsExactly("VpcId", "Other");
        assertThat(OutputReference.keysIn("--name " + OutputReference.of("ClusterName"))).containsExactly("ClusterName");
        assertThat(OutputReference.replace(command, key -> "<" + key + ">"))
                .isEqualTo("aws ec2 describe-subnets --filters Name=vpc-id,Values=<VpcId> --x <Other>");
    }

    /** Every rule is exercised by a test of this package with a hand-written template (the *ResultsTest classes). */
    @Test
    void everyOperationWithARule_IsCalledByATestOfThisPackage() throws java.io.IOException {
        StringBuilder tests = new StringBuilder();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/java/com/varsomics/archgen/provisioning"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                tests.append(java.nio.file.Files.readString(file));
            }
        }
        assertThat(ExpectedResults.operations()).hasSizeGreaterThan(30)
                .allSatisfy(operation -> assertThat(tests).as(operation).contains("\"aws " + operation + " "));
    }
}
