package com.varsomics.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.batch.CustomReason;
import software.amazon.awscdk.services.batch.CfnComputeEnvironment;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.batch.JobStateTimeLimitAction;
import software.amazon.awscdk.services.batch.JobStateTimeLimitActionsAction;
import software.amazon.awscdk.services.batch.JobStateTimeLimitActionsReason;
import software.amazon.awscdk.services.batch.JobStateTimeLimitActionsState;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.batch.Action;
import software.amazon.awscdk.services.batch.AllocationStrategy;
import software.amazon.awscdk.services.batch.EcsEc2ContainerDefinition;
import software.amazon.awscdk.services.batch.EcsJobDefinition;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.batch.ManagedEc2EcsComputeEnvironment;
import software.amazon.awscdk.services.batch.OrderedComputeEnvironment;
import software.amazon.awscdk.services.batch.Reason;
import software.amazon.awscdk.services.batch.RetryStrategy;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysis on AWS Batch: Spot with the price-capacity-optimized strategy first, On-Demand when Spot has no
 * capacity, each in its own queue, and the job definition of one protein's analysis (limits in {@link ComputeStack}).
 */
final class AnalysisBatch {

    private final JobQueue jobQueue;
    private final JobQueue onDemandQueue;
    private final EcsJobDefinition jobDefinition;

    AnalysisBatch(Stack stack, PlatformSettings settings, SecurityStack security, NetworkStack network, DataStack data) {
        LaunchTemplate batchLaunchTemplate = LaunchTemplate.Builder.create(stack, "BatchLaunchTemplate")
                .requireImdsv2(true)
                .blockDevices(List.of(BlockDevice.builder().deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(100, EbsDeviceOptions.builder()
                                .encrypted(true).kmsKey(security.dataKey()).volumeType(EbsDeviceVolumeType.GP3).build()))
                        .build()))
                .build();
        SecurityGroup batchSecurityGroup = SecurityGroup.Builder.create(stack, "BatchSecurityGroup")
                .vpc(network.vpc()).description("Instancias do AWS Batch: sem entrada, saida HTTPS para S3/ECR via endpoints e NAT")
                .allowAllOutbound(true).build();
        ManagedEc2EcsComputeEnvironment spot = computeEnvironment(stack, "SpotComputeEnvironment", network, batchSecurityGroup,
                batchLaunchTemplate, true, AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED, ComputeStack.SPOT_MAX_VCPUS);
        ManagedEc2EcsComputeEnvironment onDemand = computeEnvironment(stack, "OnDemandComputeEnvironment", network, batchSecurityGroup,
                batchLaunchTemplate, false, AllocationStrategy.BEST_FIT_PROGRESSIVE, ComputeStack.ON_DEMAND_MAX_VCPUS);
        // Spot alone in its queue: a capacity cancel needs every environment of the queue short of capacity, and an
        // On-Demand environment behind Spot in the same queue does not take a job that waits for Spot capacity.
        jobQueue = JobQueue.Builder.create(stack, "AnalysisQueue")
                .jobQueueName(ComputeStack.SPOT_QUEUE_NAME)
                .priority(1)
                .computeEnvironments(List.of(OrderedComputeEnvironment.builder().computeEnvironment(spot).order(1).build()))
                .jobStateTimeLimitActions(runnableLimits(ComputeStack.SPOT_CAPACITY_WAIT))
                .build();
        onDemandQueue = JobQueue.Builder.create(stack, "OnDemandAnalysisQueue")
                .jobQueueName(ComputeStack.ON_DEMAND_QUEUE_NAME)
                .priority(1)
                .computeEnvironments(List.of(OrderedComputeEnvironment.builder().computeEnvironment(onDemand).order(1).build()))
                .jobStateTimeLimitActions(runnableLimits(ComputeStack.ON_DEMAND_CAPACITY_WAIT))
                .build();

        LogGroup jobLogs = LogGroup.Builder.create(stack, "AnalysisJobLogs")
                .retention(PlatformStack.LOG_RETENTION)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Role jobRole = Role.Builder.create(stack, "AnalysisJobRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Job de análise: lê a entrada de uma proteína e grava o resultado")
                .build();
        data.inputBucket().grantRead(jobRole);
        data.resultsBucket().grantPut(jobRole);
        // The image comes from this account's replica of the tooling account's repository (immutable tag).
        IRepository analysisImages = Repository.fromRepositoryName(stack, "AnalysisJobRepository",
                ComputeStack.IMAGE_REPOSITORY_PREFIX + "/" + DeliveryStack.ANALYSIS_IMAGE);
        jobDefinition = EcsJobDefinition.Builder.create(stack, "AnalysisJob")
                .jobDefinitionName("proteomics-analysis")
                .container(EcsEc2ContainerDefinition.Builder.create(stack, "AnalysisContainer")
                        .image(ContainerImage.fromEcrRepository(analysisImages, settings.analysisImageTag()))
                        .cpu(ComputeStack.JOB_VCPUS)
                        .memory(Size.gibibytes(ComputeStack.JOB_MEMORY_GIB))
                        .jobRole(jobRole)
                        .readonlyRootFilesystem(false)
                        .environment(new TreeMap<>(Map.of(
                                "INPUT_BUCKET", data.inputBucket().getBucketName(),
                                "RESULTS_BUCKET", data.resultsBucket().getBucketName())))
                        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(jobLogs).streamPrefix("analysis").build()))
                        .build())
                // Only a reclaimed Spot instance or a failed host ('Host EC2*') is retried; any other failure
                // (an error of the analysis itself, an image that cannot be pulled) ends the job at once.
                .retryAttempts(ComputeStack.JOB_ATTEMPTS)
                .retryStrategies(List.of(
                        RetryStrategy.of(Action.RETRY, Reason.SPOT_INSTANCE_RECLAIMED),
                        RetryStrategy.of(Action.EXIT, Reason.custom(CustomReason.builder().onReason("*").build()))))
                .timeout(ComputeStack.JOB_ATTEMPT_TIMEOUT)
                .build();
        Nag.suppress(jobRole, "AwsSolutions-IAM5",
                "Curingas gerados pelos grants do CDK (s3:GetObject*, s3:PutObject*, kms:GenerateDataKey*) restritos aos dois buckets de dados e à chave de dados.");
        Nag.suppress(jobDefinition.getContainer(), "AwsSolutions-IAM5",
                "Papel de execução do job: ecr:GetAuthorizationToken só aceita Resource '*'; o pull fica restrito ao repositório da imagem de análise.");
    }

    JobQueue jobQueue() {
        return jobQueue;
    }

    JobQueue onDemandQueue() {
        return onDemandQueue;
    }

    EcsJobDefinition jobDefinition() {
        return jobDefinition;
    }

    private static ManagedEc2EcsComputeEnvironment computeEnvironment(Stack stack, String id, NetworkStack network, SecurityGroup securityGroup,
                                                               LaunchTemplate launchTemplate, boolean spot,
                                                               AllocationStrategy allocationStrategy, int maxvCpus) {
        ManagedEc2EcsComputeEnvironment environment = ManagedEc2EcsComputeEnvironment.Builder.create(stack, id)
                .vpc(network.vpc())
                .vpcSubnets(NetworkStack.appSubnets())
                .securityGroups(List.of(securityGroup))
                .spot(spot)
                .allocationStrategy(allocationStrategy)
                .useOptimalInstanceClasses(false)
                .instanceClasses(List.of(InstanceClass.M6I))
                .minvCpus(0)
                .maxvCpus(maxvCpus)
                .launchTemplate(launchTemplate)
                .build();
        // Batch's current x86_64 bundle (m6i, c6i, r6i, c7i families, chosen by Batch per region): the analysis image is
        // linux/amd64 until the mass-spectrometry tools are validated on ARM64 (Graviton, default_arm64). The L2
        // construct rejects defaultInstanceClasses without explicit classes, so the bundle is written on the template.
        ((CfnComputeEnvironment) environment.getNode().getDefaultChild())
                .addPropertyOverride("ComputeResources.InstanceTypes", List.of(ComputeStack.BATCH_INSTANCE_TYPES));
        Nag.suppress(environment, "AwsSolutions-IAM4",
                "Papel das instâncias do Batch usa AmazonEC2ContainerServiceforEC2Role, a política gerenciada exigida pelo agente do ECS.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"));
        return environment;
    }

    /**
     * A job that asks for more than any environment can give, or more than its maximum, never starts: cancel it (the
     * workflow's Catch marks the analysis failed) instead of letting it wait forever. A job that waits for EC2 capacity
     * is cancelled after {@code capacityWait}.
     */
    private static List<JobStateTimeLimitAction> runnableLimits(Duration capacityWait) {
        return List.of(
                runnableLimit(JobStateTimeLimitActionsReason.INSUFFICIENT_INSTANCE_CAPACITY, capacityWait),
                runnableLimit(JobStateTimeLimitActionsReason.JOB_RESOURCE_REQUIREMENT, ComputeStack.RUNNABLE_TIME_LIMIT),
                runnableLimit(JobStateTimeLimitActionsReason.COMPUTE_ENVIRONMENT_MAX_RESOURCE, ComputeStack.RUNNABLE_TIME_LIMIT));
    }

    private static JobStateTimeLimitAction runnableLimit(JobStateTimeLimitActionsReason reason, Duration maxTime) {
        return JobStateTimeLimitAction.builder()
                .action(JobStateTimeLimitActionsAction.CANCEL)
                .state(JobStateTimeLimitActionsState.RUNNABLE)
                .maxTime(maxTime)
                .reason(reason)
                .build();
    }
}
