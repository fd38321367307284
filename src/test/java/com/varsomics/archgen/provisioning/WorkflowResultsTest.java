package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected results of the AWS Batch and SES checks, from hand-written templates (queues, rules: ExpectedResultsTest). */
class WorkflowResultsTest {

    private static final Template BATCH = Templates.of("""
            {"Resources": {
              "Queue": {"Type": "AWS::Batch::JobQueue", "Properties": {
                "ComputeEnvironmentOrder": [{"Order": 2, "ComputeEnvironment": {"Ref": "OnDemand"}}, {"Order": 1, "ComputeEnvironment": {"Ref": "Spot"}}],
                "JobStateTimeLimitActions": [{"Action": "CANCEL", "MaxTimeSeconds": 600, "State": "RUNNABLE", "Reason": "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"}]}},
              "Spot": {"Type": "AWS::Batch::ComputeEnvironment", "Properties": {"ComputeResources": {"Type": "SPOT",
                       "AllocationStrategy": "SPOT_PRICE_CAPACITY_OPTIMIZED", "MaxvCpus": 256}}},
              "OnDemand": {"Type": "AWS::Batch::ComputeEnvironment", "Properties": {"ComputeResources": {"Type": "EC2",
                           "AllocationStrategy": "BEST_FIT_PROGRESSIVE", "MaxvCpus": 64}}},
              "Job": {"Type": "AWS::Batch::JobDefinition", "Properties": {
                "ContainerProperties": {"ResourceRequirements": [{"Type": "MEMORY", "Value": "30720"}, {"Type": "VCPU", "Value": "4"}]},
                "Timeout": {"AttemptDurationSeconds": 14400},
                "RetryStrategy": {"Attempts": 3, "EvaluateOnExit": [{"Action": "RETRY", "OnStatusReason": "Host EC2*"},
                                                                  {"Action": "EXIT", "OnReason": "*"}]}}}},
             "Outputs": {"QueueArn": {"Value": {"Ref": "Queue"}}, "JobArn": {"Value": {"Ref": "Job"}}}}
            """);

    @Test
    void jobQueue_ListsItsEnvironmentsInOrder_WithTheirCapacity_AndTheTimeLimitActions() {
        assertThat(ExpectedResults.of("S", "aws batch describe-job-queues --job-queues {{QueueArn}} "
                + "--query 'jobQueues[0].[computeEnvironmentOrder,jobStateTimeLimitActions]'", BATCH)).containsExactly(
                "esperado:",
                "  computeEnvironmentOrder: 1 = Spot (SPOT_PRICE_CAPACITY_OPTIMIZED, até 256 vCPU); 2 = On-Demand",
                "      (BEST_FIT_PROGRESSIVE, até 64 vCPU)",
                "  jobStateTimeLimitActions: CANCEL após 600 s em RUNNABLE por",
                "      CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY");
    }

    @Test
    void jobDefinition_ReadsResourcesTimeoutAndRetries() {
        assertThat(ExpectedResults.of("S", "aws batch describe-job-definitions --job-definitions {{JobArn}} "
                + "--query 'jobDefinitions[0].[containerProperties.resourceRequirements,timeout,retryStrategy]'", BATCH)).containsExactly(
                "esperado:",
                "  containerProperties.resourceRequirements: VCPU 4, MEMORY 30720 MiB",
                "  timeout: attemptDurationSeconds 14400",
                "  retryStrategy: attempts 3; RETRY em statusReason 'Host EC2*', EXIT em reason '*'");
    }

    @Test
    void sesAccount_ExpectsProductionAccess_NotingTheSandbox() {
        assertThat(ExpectedResults.of("S", "aws sesv2 get-account --query '[ProductionAccessEnabled,SendingEnabled]'",
                Templates.of("{\"Resources\": {}}"))).containsExactly(
                "esperado: [true, true]",
                "obs.: ProductionAccessEnabled fica false (sandbox) até a AWS aprovar o pedido de acesso de",
                "    produção, feito fora do CloudFormation");
    }
}
