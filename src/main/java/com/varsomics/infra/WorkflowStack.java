package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.events.targets.SqsQueueProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.route53.IPublicHostedZone;
import software.amazon.awscdk.services.route53.CnameRecord;
import software.amazon.awscdk.services.route53.MxRecord;
import software.amazon.awscdk.services.route53.MxRecordValue;
import software.amazon.awscdk.services.route53.TxtRecord;
import software.amazon.awscdk.services.ses.CfnTemplate;
import software.amazon.awscdk.services.ses.ConfigurationSet;
import software.amazon.awscdk.services.ses.ConfigurationSetTlsPolicy;
import software.amazon.awscdk.services.ses.DkimRecord;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.ses.SuppressionReasons;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.DistributedMap;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JitterType;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
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
 * protein file (.sync), with retries, timeouts and a failure handler, and writes the Map Run summary to the input
 * bucket (ResultWriter); and the status path back to the application:
 * EventBridge rules on execution status and job state changes → SQS queue (with DLQ) read by the status consumer on
 * EKS; and the e-mail (Amazon SES) the status consumer sends when an analysis ends.
 */
public final class WorkflowStack extends PlatformStack {

    /** Fixed names, so the API's and the status consumer's roles (compute stack) can name them before they exist. */
    public static final String STATE_MACHINE_NAME = "proteomics-analysis";
    public static final String STATUS_QUEUE_NAME = "proteomics-analysis-status";
    /** Proteins of one sample analysed in parallel; Batch scales the instances to match. */
    public static final int MAX_CONCURRENCY = 50;
    public static final Duration EXECUTION_TIMEOUT = Duration.hours(24);
    /** Status events wait here for the consumer on EKS: longer than one processing, kept two weeks, DLQ after 5 tries. */
    public static final Duration STATUS_VISIBILITY_TIMEOUT = Duration.seconds(120);
    public static final Duration STATUS_RETENTION = Duration.days(14);
    public static final int STATUS_MAX_RECEIVES = 5;
    /** The jobStateTimeLimitActions reason Batch writes into a job it cancelled for lack of EC2 capacity. */
    public static final String SPOT_CAPACITY_REASON = "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY";
    /** SES: configuration set and templates of the e-mails the status consumer sends. */
    public static final String CONFIGURATION_SET_NAME = "proteomics-notifications";
    public static final List<String> EMAIL_TEMPLATES = List.of("analise-concluida", "analise-falhou");
    /**
     * Where the Distributed Map's ResultWriter puts the Map Run summary, in the input bucket:
     * {@code _execucoes/<execution name = analysis id>/<Map Run id>/manifest.json}, SUCCEEDED_n.json, FAILED_n.json,
     * PENDING_n.json. Not the results bucket: its Object Lock default retention makes S3 require Content-MD5 or an SDK
     * checksum on every PutObject, which Step Functions is not documented to send.
     */
    public static final String EXECUTION_SUMMARY_PREFIX = "_execucoes/";
    /** The API writes one manifest per sample, {@code samples/<sample id>/manifest.json}; the Map reads nothing else. */
    public static final String SAMPLE_MANIFESTS = "samples/*/manifest.json";

    public WorkflowStack(Construct scope, String id, PlatformSettings settings, SecurityStack security,
                         DataStack data, ComputeStack compute) {
        super(scope, id, "Fluxo de análise: Step Functions Standard com Distributed Map e jobs do AWS Batch; status via EventBridge e SQS; e-mails pelo Amazon SES.",
                PlatformSettings.WORKLOAD_REGION, settings);

        Topic failures = Topics.encrypted(this, "AnalysisFailuresTopic", "proteomics-analysis-failures", security.servicesKey());

        BatchSubmitJob analyseProtein = analyseProtein("AnalyseProtein", "Analisar proteína", "protein",
                compute.jobQueue().getJobQueueArn(), compute);
        BatchSubmitJob analyseProteinOnDemand = analyseProtein("AnalyseProteinOnDemand", "Analisar proteína (On-Demand)",
                "protein-on-demand", compute.onDemandQueue().getJobQueueArn(), compute);
        // Spot shortage: Batch cancels the job that waited ComputeStack.SPOT_CAPACITY_WAIT at the head of the Spot queue;
        // that protein, and only it, runs again On-Demand. Any other failure ends the protein (and the Map) as before.
        Pass readFailedJob = Pass.Builder.create(this, "ReadFailedJob")
                .stateName("Ler job cancelado")
                .parameters(Map.of("job", JsonPath.stringToJson(JsonPath.stringAt("$.failure.Cause"))))
                .resultPath("$.failedJob")
                .build();
        Fail proteinFailed = Fail.Builder.create(this, "ProteinFailed")
                .stateName("Proteína falhou").errorPath("$.failure.Error").causePath("$.failure.Cause").build();
        analyseProtein.addCatch(readFailedJob.next(Choice.Builder.create(this, "SpotCapacityShortage")
                        .stateName("Faltou capacidade Spot?")
                        .build()
                        .when(Condition.stringMatches("$.failedJob.job.StatusReason", "*" + SPOT_CAPACITY_REASON + "*"),
                                analyseProteinOnDemand)
                        .otherwise(proteinFailed)),
                CatchProps.builder().errors(List.of("States.TaskFailed")).resultPath("$.failure").build());

        DistributedMap perProtein = DistributedMap.Builder.create(this, "PerProtein")
                .stateName("Uma análise por proteína")
                .itemReader(new SampleManifestReader(data.inputBucket()))
                .itemSelector(new TreeMap<>(Map.of(
                        "analysisId", JsonPath.stringAt("$.analysisId"),
                        "proteinKey", JsonPath.stringAt("$$.Map.Item.Value.key"))))
                .maxConcurrency(MAX_CONCURRENCY)
                .toleratedFailurePercentage(0)
                .mapExecutionType(StateMachineType.STANDARD)
                .resultWriterV2(new ExecutionSummaryWriter(data.inputBucket()))
                // The Map's own result is the Map Run ARN and the summary's location, whatever the number of proteins:
                // only the manifest key is kept, for the status consumer (analyses.execution_summary_key).
                .resultSelector(Map.of("executionSummaryKey", JsonPath.stringAt("$.ResultWriterDetails.Key")))
                .resultPath("$.mapRun")
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
                .retention(PlatformStack.LOG_RETENTION)
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
        // The input bucket is SSE-KMS: reading the manifest and writing the summary (multipart) need the data key.
        security.dataKey().grant(stateMachine, "kms:Decrypt", "kms:GenerateDataKey");
        // The .sync integration also polls and, when an execution is stopped or times out, terminates the job; the
        // CDK task grants only SubmitJob. DescribeJobs has no resource-level permissions.
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("batch:DescribeJobs")).resources(List.of("*")).build());
        stateMachine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("batch:TerminateJob"))
                .resources(List.of("arn:" + Aws.PARTITION + ":batch:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":job/*")).build());
        // Before the rule-wide exception below, so the summary prefix is reported with its own reason. cdk-nag names
        // the finding after the bucket's logical id in the data stack.
        String inputBucketArn = "<" + data.resolve(data.getLogicalId((CfnBucket) data.inputBucket().getNode().getDefaultChild())) + ".Arn>";
        Nag.suppress(stateMachine, "AwsSolutions-IAM5",
                "O ItemReader do Distributed Map lê só o manifesto de cada amostra (samples/<id da amostra>/manifest.json); o curinga é o id da amostra, e nenhum arquivo de proteína fica legível pela state machine.",
                List.of("Resource::" + inputBucketArn + "/" + SAMPLE_MANIFESTS));
        Nag.suppress(stateMachine, "AwsSolutions-IAM5",
                "O ResultWriter do Distributed Map grava o resumo de cada execução sob _execucoes/* no bucket de entrada (manifest.json e SUCCEEDED_n/FAILED_n/PENDING_n.json, com nomes criados pelo Step Functions); o curinga não sai desse prefixo.",
                List.of("Resource::" + inputBucketArn + "/" + EXECUTION_SUMMARY_PREFIX + "*"));
        Nag.suppress(stateMachine, "AwsSolutions-IAM5",
                "Curingas exigidos pelo Step Functions: regra gerenciada do EventBridge para o Batch .sync, batch:DescribeJobs, entrega de logs e X-Ray só aceitam Resource '*'; batch:TerminateJob nos jobs da conta (ids criados pelo Batch) e execuções filhas do Distributed Map.");

        Queue deadLetters = Queue.Builder.create(this, "StatusDeadLetterQueue")
                .queueName(STATUS_QUEUE_NAME + "-dlq")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(security.servicesKey())
                .enforceSsl(true)
                .retentionPeriod(STATUS_RETENTION)
                .build();
        Queue statusQueue = Queue.Builder.create(this, "StatusQueue")
                .queueName(STATUS_QUEUE_NAME)
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(security.servicesKey())
                .enforceSsl(true)
                .visibilityTimeout(STATUS_VISIBILITY_TIMEOUT)
                .retentionPeriod(STATUS_RETENTION)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(STATUS_MAX_RECEIVES).build())
                .build();
        SqsQueue toStatusQueue = new SqsQueue(statusQueue, SqsQueueProps.builder()
                .deadLetterQueue(deadLetters)
                .retryAttempts(185)
                .maxEventAge(Duration.hours(24))
                .build());
        Rule.Builder.create(this, "ExecutionStatusRule")
                .description("Mudanças de status das execuções da análise para a fila lida pelo consumidor de status.")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.states"))
                        .detailType(List.of("Step Functions Execution Status Change"))
                        .detail(Map.of("stateMachineArn", List.of(stateMachine.getStateMachineArn())))
                        .build())
                .targets(List.of(toStatusQueue))
                .build();
        Rule.Builder.create(this, "JobStateRule")
                .description("Mudanças de estado dos jobs de proteína (filas Spot e On-Demand da análise) para a fila de status.")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.batch"))
                        .detailType(List.of("Batch Job State Change"))
                        .detail(Map.of("jobQueue", List.of(compute.jobQueue().getJobQueueArn(), compute.onDemandQueue().getJobQueueArn())))
                        .build())
                .targets(List.of(toStatusQueue))
                .build();

        notifications(settings);

        output("StateMachineArn", stateMachine.getStateMachineArn(), "Máquina de estados da análise (Standard).");
        output("StatusQueueUrl", statusQueue.getQueueUrl(), "Fila de status lida pelo consumidor no EKS.");
        output("StatusDeadLetterQueueUrl", deadLetters.getQueueUrl(), "DLQ da fila de status.");
        output("FailuresTopicArn", failures.getTopicArn(), "Tópico SNS de falhas de análise.");
        verifiedBy(
                "aws stepfunctions describe-state-machine --region sa-east-1 --state-machine-arn {{StateMachineArn}} --query '[type,loggingConfiguration.level,tracingConfiguration.enabled]'",
                "aws events list-rules --region sa-east-1 --query \"Rules[?contains(EventPattern || '', 'Step Functions Execution Status Change')].[Name,State]\"",
                "aws sqs get-queue-attributes --region sa-east-1 --queue-url {{StatusQueueUrl}} --attribute-names VisibilityTimeout MessageRetentionPeriod RedrivePolicy KmsMasterKeyId",
                "aws sesv2 get-email-identity --region sa-east-1 --email-identity \"$DOMINIO\" --query '[VerifiedForSendingStatus,DkimAttributes.Status]'",
                "aws sesv2 get-email-identity --region sa-east-1 --email-identity \"$DOMINIO\" --query MailFromAttributes.MailFromDomainStatus",
                "aws sesv2 get-account --region sa-east-1 --query '[ProductionAccessEnabled,SendingEnabled]'");
    }

    /**
     * One protein's Batch job (.sync) on a queue, with the job definition's 4 h per attempt and backoff with full jitter
     * on throttling and transient service errors. A timed-out or failed job is not retried here: Batch already retried
     * it on Spot reclaims, and anything else is an error of the analysis.
     */
    private BatchSubmitJob analyseProtein(String id, String stateName, String jobName, String queueArn, ComputeStack compute) {
        BatchSubmitJob task = BatchSubmitJob.Builder.create(this, id)
                .stateName(stateName)
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .jobName(jobName)
                .jobQueueArn(queueArn)
                .jobDefinitionArn(compute.jobDefinition().getJobDefinitionArn())
                .containerOverrides(BatchContainerOverrides.builder()
                        .environment(new TreeMap<>(Map.of(
                                "ANALYSIS_ID", JsonPath.stringAt("$.analysisId"),
                                "PROTEIN_KEY", JsonPath.stringAt("$.proteinKey"))))
                        .build())
                // Rendered by CDK as the job's Timeout.AttemptDurationSeconds: the same 4 h per attempt as the job definition.
                .taskTimeout(Timeout.duration(ComputeStack.JOB_ATTEMPT_TIMEOUT))
                .resultPath(JsonPath.DISCARD)
                .build();
        task.addRetry(RetryProps.builder()
                .errors(List.of("Batch.AWSBatchException", "Batch.TooManyRequestsException"))
                .interval(Duration.seconds(30))
                .backoffRate(2)
                .maxAttempts(3)
                .maxDelay(Duration.minutes(10))
                .jitterStrategy(JitterType.FULL)
                .build());
        return task;
    }

    /**
     * E-mail to researchers: the site's domain verified in SES with Easy DKIM (2048-bit), a custom MAIL FROM domain
     * (SPF) and a DMARC policy, all as records in the hosted zone; a configuration set that requires TLS, keeps
     * bounces and complaints on the suppression list and publishes reputation metrics; one template per outcome.
     * Leaving the SES sandbox is an account request (aws sesv2 put-account-details), not a resource.
     */
    private void notifications(PlatformSettings settings) {
        IPublicHostedZone zone = hostedZone(settings);
        ConfigurationSet configurationSet = ConfigurationSet.Builder.create(this, "NotificationsConfigurationSet")
                .configurationSetName(CONFIGURATION_SET_NAME)
                .tlsPolicy(ConfigurationSetTlsPolicy.REQUIRE)
                .reputationMetrics(true)
                .sendingEnabled(true)
                .suppressionReasons(SuppressionReasons.BOUNCES_AND_COMPLAINTS)
                .build();
        // The site's own name (proteomics.example.com) sends; its records go in the parent zone, so they are written here.
        String mailFrom = "mail." + settings.domainName();
        EmailIdentity identity = EmailIdentity.Builder.create(this, "EmailIdentity")
                .identity(Identity.domain(settings.domainName()))
                .configurationSet(configurationSet)
                .mailFromDomain(mailFrom)
                .dkimSigning(true)
                .build();
        List<DkimRecord> dkim = identity.getDkimRecords();
        for (int i = 0; i < dkim.size(); i++) {
            CnameRecord.Builder.create(this, "DkimRecord" + (i + 1))
                    .zone(zone).recordName(dkim.get(i).getName()).domainName(dkim.get(i).getValue()).build();
        }
        MxRecord.Builder.create(this, "MailFromMxRecord").zone(zone).recordName(mailFrom)
                .values(List.of(MxRecordValue.builder().priority(10)
                        .hostName("feedback-smtp." + PlatformSettings.WORKLOAD_REGION + ".amazonses.com").build()))
                .build();
        TxtRecord.Builder.create(this, "MailFromSpfRecord").zone(zone).recordName(mailFrom)
                .values(List.of("v=spf1 include:amazonses.com ~all")).build();
        TxtRecord.Builder.create(this, "DmarcRecord")
                .zone(zone)
                .recordName("_dmarc." + settings.domainName())
                .values(List.of("v=DMARC1; p=quarantine; rua=mailto:dmarc@" + settings.domainName()))
                .build();
        Map<String, String[]> texts = new TreeMap<>(Map.of(
                EMAIL_TEMPLATES.get(0), new String[]{"Análise {{analysisId}} concluída",
                        "A análise {{analysisId}} da amostra {{sampleName}} terminou. Os resultados estão em https://" + settings.domainName() + "/analyses/{{analysisId}}."},
                EMAIL_TEMPLATES.get(1), new String[]{"Análise {{analysisId}} falhou",
                        "A análise {{analysisId}} da amostra {{sampleName}} falhou. A equipe da plataforma foi avisada; veja os detalhes em https://" + settings.domainName() + "/analyses/{{analysisId}}."}));
        texts.forEach((name, subjectAndText) -> CfnTemplate.Builder.create(this, "Template-" + name)
                .template(CfnTemplate.TemplateProperty.builder()
                        .templateName(name)
                        .subjectPart(subjectAndText[0])
                        .textPart(subjectAndText[1])
                        .build())
                .build());
    }

    /** What the status consumer may send with: the domain identity, the configuration set and the templates. */
    public static List<String> emailResourceArns(PlatformSettings settings) {
        String ses = "arn:" + Aws.PARTITION + ":ses:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":";
        List<String> arns = new java.util.ArrayList<>(List.of(
                ses + "identity/" + settings.domainName(), ses + "configuration-set/" + CONFIGURATION_SET_NAME));
        EMAIL_TEMPLATES.forEach(template -> arns.add(ses + "template/" + template));
        return List.copyOf(arns);
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
