package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.events.targets.SqsQueueProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.DistributedMap;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JitterType;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.S3JsonItemReader;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.Timeout;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchContainerOverrides;
import software.amazon.awscdk.services.stepfunctions.tasks.BatchSubmitJob;
import software.amazon.awscdk.services.stepfunctions.tasks.SnsPublish;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysis workflow: a Standard state machine (executions up to a year; the API starts it directly, with the
 * analysis id as execution name) whose Distributed Map reads the sample manifest from S3 and runs one AWS Batch job per
 * protein file (.sync), with retries, timeouts and a failure handler; and the status path back to the application:
 * EventBridge rule on execution status changes → SQS queue (with DLQ) read by the status consumer on EKS.
 */
public final class WorkflowStack extends PlatformStack {

    /** Fixed names, so the API's and the status consumer's roles (compute stack) can name them before they exist. */
    public static final String STATE_MACHINE_NAME = "proteomics-analysis";
    public static final String STATUS_QUEUE_NAME = "proteomics-analysis-status";
    /** Proteins of one sample analysed in parallel; Batch scales the instances to match. */
    public static final int MAX_CONCURRENCY = 100;
    public static final Duration JOB_TIMEOUT = Duration.hours(6);
    public static final Duration EXECUTION_TIMEOUT = Duration.hours(48);

    public WorkflowStack(Construct scope, String id, PlatformSettings settings, SecurityStack security,
                         DataStack data, ComputeStack compute) {
        super(scope, id, "Fluxo de análise: Step Functions Standard com Distributed Map e jobs do AWS Batch; status via EventBridge e SQS.",
                PlatformSettings.WORKLOAD_REGION, settings);

        Topic failures = Topics.encrypted(this, "AnalysisFailuresTopic", "proteomics-analysis-failures", security.servicesKey());

        BatchSubmitJob analyseProtein = BatchSubmitJob.Builder.create(this, "AnalyseProtein")
                .stateName("Analisar proteína")
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .jobName("protein")
                .jobQueueArn(compute.jobQueue().getJobQueueArn())
                .jobDefinitionArn(compute.jobDefinition().getJobDefinitionArn())
                .containerOverrides(BatchContainerOverrides.builder()
                        .environment(new TreeMap<>(Map.of(
                                "ANALYSIS_ID", JsonPath.stringAt("$.analysisId"),
                                "PROTEIN_KEY", JsonPath.stringAt("$.proteinKey"))))
                        .build())
                .taskTimeout(Timeout.duration(JOB_TIMEOUT))
                .resultPath(JsonPath.DISCARD)
                .build();
        // Throttling and transient service errors: exponential backoff with full jitter.
        analyseProtein.addRetry(RetryProps.builder()
                .errors(List.of("Batch.AWSBatchException", "Batch.TooManyRequestsException", "States.Timeout"))
                .interval(Duration.seconds(30))
                .backoffRate(2)
                .maxAttempts(3)
                .maxDelay(Duration.minutes(10))
                .jitterStrategy(JitterType.FULL)
                .build());

        DistributedMap perProtein = DistributedMap.Builder.create(this, "PerProtein")
                .stateName("Uma análise por proteína")
                .itemReader(S3JsonItemReader.Builder.create()
                        .bucket(data.inputBucket())
                        .key(JsonPath.stringAt("$.manifestKey"))
                        .build())
                .itemSelector(new TreeMap<>(Map.of(
                        "analysisId", JsonPath.stringAt("$.analysisId"),
                        "proteinKey", JsonPath.stringAt("$$.Map.Item.Value.key"))))
                .maxConcurrency(MAX_CONCURRENCY)
                .toleratedFailurePercentage(0)
                .mapExecutionType(StateMachineType.STANDARD)
                .resultPath(JsonPath.DISCARD)
                .build();
        perProtein.itemProcessor(analyseProtein);

        SnsPublish notifyFailure = SnsPublish.Builder.create(this, "NotifyFailure")
                .stateName("Notificar falha")
                .topic(failures)
                .message(TaskInput.fromObject(new TreeMap<>(Map.of(
                        "analysisId", JsonPath.stringAt("$.analysisId"),
                        "error", JsonPath.stringAt("$.failure.Error")))))
                .resultPath(JsonPath.DISCARD)
                .build();
        perProtein.addCatch(notifyFailure.next(Fail.Builder.create(this, "AnalysisFailed")
                        .stateName("Análise falhou").error("AnalysisFailed").causePath("$.failure.Cause").build()),
                CatchProps.builder().errors(List.of("States.ALL")).resultPath("$.failure").build());

        LogGroup workflowLogs = LogGroup.Builder.create(this, "WorkflowLogs")
                .logGroupName("/aws/vendedlogs/states/" + STATE_MACHINE_NAME)
                .retention(RetentionDays.ONE_YEAR)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        StateMachine stateMachine = StateMachine.Builder.create(this, "AnalysisStateMachine")
                .stateMachineName(STATE_MACHINE_NAME)
                .stateMachineType(StateMachineType.STANDARD)
                .definitionBody(DefinitionBody.fromChainable(perProtein.next(
                        Succeed.Builder.create(this, "AnalysisSucceeded").stateName("Análise concluída").build())))
                .timeout(EXECUTION_TIMEOUT)
                .tracingEnabled(true)
                // Execution data stays out of the logs: it names samples (LGPD); the database is the record.
                .logs(LogOptions.builder().destination(workflowLogs).level(LogLevel.ALL).includeExecutionData(false).build())
                .build();
        Nag.suppress(stateMachine, "AwsSolutions-IAM5",
                "Curingas exigidos pelo Step Functions: regra gerenciada do EventBridge para o Batch .sync, entrega de logs e X-Ray só aceitam Resource '*', e execuções filhas do Distributed Map.");

        Queue deadLetters = Queue.Builder.create(this, "StatusDeadLetterQueue")
                .queueName(STATUS_QUEUE_NAME + "-dlq")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(security.servicesKey())
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        Queue statusQueue = Queue.Builder.create(this, "StatusQueue")
                .queueName(STATUS_QUEUE_NAME)
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(security.servicesKey())
                .enforceSsl(true)
                .visibilityTimeout(Duration.seconds(60))
                .retentionPeriod(Duration.days(4))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(5).build())
                .build();
        Rule.Builder.create(this, "ExecutionStatusRule")
                .description("Mudanças de status das execuções da análise para a fila lida pelo consumidor de status.")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.states"))
                        .detailType(List.of("Step Functions Execution Status Change"))
                        .detail(Map.of("stateMachineArn", List.of(stateMachine.getStateMachineArn())))
                        .build())
                .targets(List.of(new SqsQueue(statusQueue, SqsQueueProps.builder()
                        .deadLetterQueue(deadLetters)
                        .retryAttempts(10)
                        .maxEventAge(Duration.hours(24))
                        .build())))
                .build();

        output("StateMachineArn", stateMachine.getStateMachineArn(), "Máquina de estados da análise (Standard).");
        output("StatusQueueUrl", statusQueue.getQueueUrl(), "Fila de status lida pelo consumidor no EKS.");
        output("StatusDeadLetterQueueUrl", deadLetters.getQueueUrl(), "DLQ da fila de status.");
        output("FailuresTopicArn", failures.getTopicArn(), "Tópico SNS de falhas de análise.");
        verifiedBy(
                "aws stepfunctions describe-state-machine --region sa-east-1 --state-machine-arn {{StateMachineArn}} --query '[type,loggingConfiguration.level,tracingConfiguration.enabled]'",
                "aws events list-rules --region sa-east-1 --query \"Rules[?contains(EventPattern, 'Step Functions Execution Status Change')].[Name,State]\"",
                "aws sqs get-queue-attributes --region sa-east-1 --queue-url {{StatusQueueUrl}} --attribute-names RedrivePolicy KmsMasterKeyId");
    }

    public static String stateMachineArn() {
        return "arn:" + Aws.PARTITION + ":states:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":stateMachine:" + STATE_MACHINE_NAME;
    }

    public static String executionArns() {
        return "arn:" + Aws.PARTITION + ":states:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":execution:" + STATE_MACHINE_NAME + ":*";
    }

    public static String statusQueueArn() {
        return "arn:" + Aws.PARTITION + ":sqs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":" + STATUS_QUEUE_NAME;
    }
}
