package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.CloudWatchLoggingOptions;
import software.amazon.awscdk.services.codebuild.ComputeType;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.LoggingOptions;
import software.amazon.awscdk.services.codebuild.PipelineProject;
import software.amazon.awscdk.services.codecommit.Repository;
import software.amazon.awscdk.services.codepipeline.Artifact;
import software.amazon.awscdk.services.codepipeline.CfnPipeline;
import software.amazon.awscdk.services.codepipeline.ExecutionMode;
import software.amazon.awscdk.services.codepipeline.IAction;
import software.amazon.awscdk.services.codepipeline.Pipeline;
import software.amazon.awscdk.services.codepipeline.PipelineType;
import software.amazon.awscdk.services.codepipeline.StageProps;
import software.amazon.awscdk.services.codepipeline.actions.CodeBuildAction;
import software.amazon.awscdk.services.codepipeline.actions.CodeCommitSourceAction;
import software.amazon.awscdk.services.codepipeline.actions.CodeCommitTrigger;
import software.amazon.awscdk.services.codepipeline.actions.ManualApprovalAction;
import software.amazon.awscdk.services.ecr.CfnRegistryScanningConfiguration;
import software.amazon.awscdk.services.ecr.CfnReplicationConfiguration;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.RepositoryEncryption;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Delivery, in the CI/CD tooling account (workspace.dsl: Ferramentas CI/CD): the CodeCommit repository, the ECR
 * repositories (immutable tags, Inspector enhanced scanning, replication to the staging
 * and production accounts) and a CodePipeline V2 that tests, builds and scans, deploys to staging (CDK stacks, then
 * the Kustomize overlay with CodePipeline's EKS action, then smoke tests), waits for a manual approval and deploys the
 * same artifacts to production. Nothing here references the workload stacks: they meet by names and account ids.
 */
public final class DeliveryStack extends PlatformStack {

    /** The image of the Batch analysis job; the others are the three EKS workloads. */
    public static final String ANALYSIS_IMAGE = "analysis-job";
    /** Images the platform runs, as ECR repositories proteomics/&lt;image&gt; (the k8s overlays and the job name them). */
    public static final List<String> IMAGES = List.of("web", "api", "status-consumer", ANALYSIS_IMAGE);
    public static final String KEY_ALIAS = "alias/proteomics/delivery";
    public static final String PIPELINE_ROLE_NAME = "proteomics-delivery-pipeline";
    /** ECR lifecycle: untagged images go after 14 days (same text for the tooling repositories and the replicas). */
    public static final String UNTAGGED_IMAGES_LIFECYCLE_POLICY = "{\"rules\":[{\"rulePriority\":1,"
            + "\"description\":\"Remove imagens sem tag após 14 dias\",\"selection\":{\"tagStatus\":\"untagged\","
            + "\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}";
    /** Pipeline artifacts are temporary: gone after 90 days. */
    public static final int ARTIFACT_RETENTION_DAYS = 90;

    private final Map<String, software.amazon.awscdk.services.ecr.Repository> repositories = new LinkedHashMap<>();

    public DeliveryStack(Construct scope, String id, PlatformSettings settings) {
        super(scope, id, "Entrega (conta de ferramentas): CodeCommit, ECR replicado e pipeline CodePipeline V2 com teste, build, varredura, homologação, aprovação e produção. "
                        + "Implante depois das stacks de homologação e produção, com o cdk.json preenchido: contas (toolingAccount, stagingAccount, "
                        + "productionAccount) e, em deployTargets, as saídas AppSubnetIds (Proteomics-Network) e EksDeploySecurityGroupId "
                        + "(Proteomics-Compute) de cada conta.",
                PlatformSettings.WORKLOAD_REGION, settings.toolingAccount(), TOOLING_ACCOUNT, settings);
        List<IPrincipal> targetAccounts = PlatformSettings.ENVIRONMENTS.stream()
                .map(environment -> (IPrincipal) new AccountPrincipal(settings.accountOf(environment))).toList();

        Key key = Key.Builder.create(this, "DeliveryKey")
                .alias(KEY_ALIAS)
                .description("Entrega: artefatos do pipeline, imagens, pacotes, repositório e logs de build.")
                .enableKeyRotation(true)
                .build();
        KeyPolicies.allowCloudWatchLogs(key);
        KeyPolicies.allowAlarmsAndEvents(key);
        // The EKS deploy role of each workload account reads the rendered manifests from the artifact bucket.
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowWorkloadAccountsToReadArtifacts")
                .principals(targetAccounts)
                .actions(List.of("kms:Decrypt", "kms:DescribeKey"))
                .resources(List.of("*"))
                .build());

        Repository source = Repository.Builder.create(this, "SourceRepository")
                .repositoryName(settings.sourceRepository())
                .description("Monorrepositório da plataforma: apps Django/FastAPI, job de análise, manifestos Kustomize e o app CDK.")
                .kmsKey(key)
                .build();
        source.applyRemovalPolicy(RemovalPolicy.RETAIN);

        for (String image : IMAGES) {
            repositories.put(image, software.amazon.awscdk.services.ecr.Repository.Builder.create(this, repositoryId(image))
                    .repositoryName(ComputeStack.IMAGE_REPOSITORY_PREFIX + "/" + image)
                    .imageTagMutability(TagMutability.IMMUTABLE)
                    .imageScanOnPush(true)
                    .encryption(RepositoryEncryption.KMS)
                    .encryptionKey(key)
                    .lifecycleRules(List.of(LifecycleRule.builder()
                            .description("Remove imagens sem tag após 14 dias")
                            .tagStatus(TagStatus.UNTAGGED)
                            .maxImageAge(Duration.days(14))
                            .build()))
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build());
        }
        // Amazon Inspector enhanced scanning, continuous: new CVEs in images already pushed are found too.
        CfnRegistryScanningConfiguration.Builder.create(this, "EnhancedScanning")
                .scanType("ENHANCED")
                .rules(List.of(CfnRegistryScanningConfiguration.ScanningRuleProperty.builder()
                        .scanFrequency("CONTINUOUS_SCAN")
                        .repositoryFilters(List.of(CfnRegistryScanningConfiguration.RepositoryFilterProperty.builder()
                                .filter(ComputeStack.IMAGE_REPOSITORY_PREFIX + "/*").filterType("WILDCARD").build()))
                        .build()))
                .build();
        // Staging and production pull from their own replicas: production does not depend on this account to start pods.
        CfnReplicationConfiguration.Builder.create(this, "ImageReplication")
                .replicationConfiguration(CfnReplicationConfiguration.ReplicationConfigurationProperty.builder()
                        .rules(List.of(CfnReplicationConfiguration.ReplicationRuleProperty.builder()
                                .destinations(PlatformSettings.ENVIRONMENTS.stream().map(environment ->
                                        (Object) CfnReplicationConfiguration.ReplicationDestinationProperty.builder()
                                                .region(PlatformSettings.WORKLOAD_REGION)
                                                .registryId(settings.accountOf(environment)).build()).toList())
                                .repositoryFilters(List.of(CfnReplicationConfiguration.RepositoryFilterProperty.builder()
                                        .filter(ComputeStack.IMAGE_REPOSITORY_PREFIX).filterType("PREFIX_MATCH").build()))
                                .build()))
                        .build())
                .build();

        Bucket accessLogs = SecureBucket.accessLogs(this, "AccessLogsBucket", DataStack.INPUT_RETENTION_DAYS);
        Bucket artifacts = SecureBucket.builder(this, "ArtifactsBucket", key, accessLogs)
                .bucketName(artifactBucketName(settings.toolingAccount()))
                .versioned(true)
                .lifecycleRules(List.of(SecureBucket.expireAfter("expire-artifacts", ARTIFACT_RETENTION_DAYS)))
                .build();
        artifacts.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowEksDeployRolesToReadArtifacts")
                .principals(targetAccounts)
                .actions(List.of("s3:GetObject", "s3:GetObjectVersion"))
                .resources(List.of(artifacts.arnForObjects("*")))
                .conditions(Map.of("StringLike", Map.of("aws:PrincipalArn",
                        "arn:" + Aws.PARTITION + ":iam::*:role/" + ComputeStack.EKS_DEPLOY_ROLE_NAME)))
                .build());
        LogGroup buildLogs = LogGroup.Builder.create(this, "BuildLogs")
                .retention(PlatformStack.LOG_RETENTION)
                .encryptionKey(key)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        PipelineProject test = project("TestProject", "test", key, buildLogs, false);
        PipelineProject build = project("BuildProject", "build", key, buildLogs, true);
        PipelineProject scan = project("ScanProject", "scan", key, buildLogs, false);
        PipelineProject infrastructure = project("InfrastructureDeployProject", "deploy-infra", key, buildLogs, false);
        PipelineProject smokeTests = project("SmokeTestProject", "smoke-tests", key, buildLogs, false);
        for (PipelineProject project : List.of(test, build)) {
            allowCodeArtifact(project, settings.toolingAccount());
        }
        for (software.amazon.awscdk.services.ecr.Repository repository : repositories.values()) {
            repository.grantPullPush(build);
            repository.grantRead(scan);
        }
        scan.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("inspector2:ListFindings", "inspector2:ListCoverage"))
                .resources(List.of("*"))
                .build());
        // cdk deploy in the workload accounts through the roles their bootstrap trusts this account with (--trust),
        // and the upload of Django's static files with the publisher role of each account.
        infrastructure.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("sts:AssumeRole"))
                .resources(PlatformSettings.ENVIRONMENTS.stream().flatMap(environment -> {
                    String iam = "arn:" + Aws.PARTITION + ":iam::" + settings.accountOf(environment) + ":role/";
                    return java.util.stream.Stream.of(iam + "cdk-hnb659fds-*", iam + "proteomics-static-publisher");
                }).toList())
                .build());

        Role pipelineRole = Role.Builder.create(this, "PipelineRole")
                .roleName(PIPELINE_ROLE_NAME)
                .description("Papel de serviço do pipeline de entrega; assume o papel de deploy no EKS das contas de destino")
                .assumedBy(new ServicePrincipal("codepipeline.amazonaws.com"))
                .build();
        pipelineRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("sts:AssumeRole"))
                .resources(PlatformSettings.ENVIRONMENTS.stream().map(environment -> "arn:" + Aws.PARTITION + ":iam::"
                        + settings.accountOf(environment) + ":role/" + ComputeStack.EKS_DEPLOY_ROLE_NAME).toList())
                .build());
        Topic approvals = Topics.encrypted(this, "ApprovalsTopic", "proteomics-delivery-approvals", key);
        approvals.addSubscription(new EmailSubscription(settings.alarmEmail()));

        Artifact sourceOutput = new Artifact("Source");
        Artifact buildOutput = new Artifact("Build");
        Pipeline pipeline = Pipeline.Builder.create(this, "Pipeline")
                .pipelineName("proteomics-delivery")
                .pipelineType(PipelineType.V2)
                .executionMode(ExecutionMode.QUEUED)
                .role(pipelineRole)
                .artifactBucket(artifacts)
                .restartExecutionOnUpdate(false)
                .stages(List.of(
                        stage("Source", CodeCommitSourceAction.Builder.create()
                                .actionName("CodeCommit")
                                .repository(source)
                                .branch(settings.sourceBranch())
                                .trigger(CodeCommitTrigger.EVENTS)
                                .output(sourceOutput)
                                .build()),
                        stage("Test", codeBuild("UnitTests", test, sourceOutput, null, Map.of(), 1)),
                        stage("Build", codeBuild("BuildImages", build, sourceOutput, buildOutput, Map.of(), 1)),
                        stage("Scan", codeBuild("ScanImages", scan, buildOutput, null, Map.of(), 1)),
                        stage("DeployStaging",
                                deployInfrastructure(infrastructure, buildOutput, settings, "staging"),
                                codeBuild("SmokeTests", smokeTests, buildOutput, null, Map.of("ENVIRONMENT", "staging"), 4)),
                        stage("Approval", ManualApprovalAction.Builder.create()
                                .actionName("ApproveProduction")
                                .notificationTopic(approvals)
                                .additionalInformation("Conferir os testes de fumaça em homologação antes de promover os mesmos digests para produção.")
                                .build()),
                        stage("DeployProduction", deployInfrastructure(infrastructure, buildOutput, settings, "prod"))))
                .build();
        // CodePipeline's EKS action (V2 only) has no CDK construct yet: declared on the template, after the stacks. The
        // cluster's controllers (Helm) first, then Karpenter's node pool and the workloads, then the smoke tests.
        CfnPipeline cfnPipeline = (CfnPipeline) pipeline.getNode().getDefaultChild();
        EksDeployActions.addEksActions(cfnPipeline, 4, 2, EksDeployActions.eksDeployActions(settings, "staging", buildOutput));
        EksDeployActions.addEksActions(cfnPipeline, 6, 1, EksDeployActions.eksDeployActions(settings, "prod", buildOutput));
        for (software.constructs.IConstruct role : List.of(pipelineRole, pipeline)) {
            Nag.suppress(role, "AwsSolutions-IAM5",
                    "Curingas gerados pelos grants do CDK ao pipeline e aos papéis das suas ações (s3:GetObject*, s3:List*, kms:GenerateDataKey*) restritos ao bucket de artefatos e à chave de entrega.");
        }

        repositories.forEach((image, repository) -> output(repositoryId(image) + "Uri", repository.getRepositoryUri(),
                "Repositório ECR " + ComputeStack.IMAGE_REPOSITORY_PREFIX + "/" + image + " (replicado para homologação e produção)."));
        output("SourceRepositoryCloneUrl", source.getRepositoryCloneUrlGrc(), "Clone do CodeCommit (git-remote-codecommit).");
        output("PipelineName", pipeline.getPipelineName(), "Pipeline de entrega (CodePipeline V2).");
        output("ArtifactsBucketName", artifacts.getBucketName(), "Bucket de artefatos do pipeline (90 dias).");
        verifiedBy(
                "aws codecommit get-repository --region sa-east-1 --repository-name " + settings.sourceRepository()
                        + " --query 'repositoryMetadata.[repositoryName,kmsKeyId]'",
                "aws ecr describe-repositories --region sa-east-1 --repository-names " + String.join(" ",
                        IMAGES.stream().map(image -> ComputeStack.IMAGE_REPOSITORY_PREFIX + "/" + image).toList())
                        + " --query 'repositories[].[repositoryName,imageTagMutability,encryptionConfiguration.encryptionType]' --output table",
                "aws ecr describe-registry --region sa-east-1 --query 'replicationConfiguration.rules[].destinations'",
                "aws ecr get-registry-scanning-configuration --region sa-east-1 --query 'scanningConfiguration.[scanType,rules[].scanFrequency]'",
                "aws codepipeline get-pipeline --region sa-east-1 --name {{PipelineName}} --query '[pipeline.pipelineType,pipeline.stages[].[name,actions[].actionTypeId.provider]]'",
                "aws s3api get-bucket-lifecycle-configuration --bucket {{ArtifactsBucketName}}");
    }

    /** The tooling account's artifact bucket; the workload accounts' EKS deploy role reads it by this name. */
    public static String artifactBucketName(String toolingAccount) {
        return "proteomics-delivery-artifacts-" + toolingAccount;
    }

    /** The pipeline's service role, which the workload accounts' EKS deploy role trusts. */
    public static String pipelineRoleArn(String toolingAccount) {
        return "arn:" + Aws.PARTITION + ":iam::" + toolingAccount + ":role/" + PIPELINE_ROLE_NAME;
    }

    private PipelineProject project(String id, String step, Key key, LogGroup logs, boolean docker) {
        PipelineProject project = PipelineProject.Builder.create(this, id)
                .description("Etapa '" + step + "' do pipeline; comandos em buildspecs/" + step + ".yml no repositório.")
                .buildSpec(BuildSpec.fromSourceFilename("buildspecs/" + step + ".yml"))
                .environment(BuildEnvironment.builder()
                        .buildImage(LinuxBuildImage.AMAZON_LINUX_2023_5)
                        .computeType(docker ? ComputeType.MEDIUM : ComputeType.SMALL)
                        .privileged(docker)
                        .build())
                .encryptionKey(key)
                .logging(LoggingOptions.builder().cloudWatch(CloudWatchLoggingOptions.builder().logGroup(logs).build()).build())
                .timeout(Duration.minutes(30))
                .build();
        Nag.suppress(project, "AwsSolutions-IAM5",
                "Curingas da política padrão do CodeBuild (grupos de relatório e fluxos de log do projeto, ecr:GetAuthorizationToken, Inspector, papéis do CDK bootstrap por prefixo) e dos grants do CDK no bucket de artefatos.");
        Nag.suppress(project, "HIPAA.Security-CodeBuildProjectSourceRepoUrl",
                "A fonte do projeto é o artefato do CodePipeline (CODEPIPELINE), não uma URL com credenciais.");
        if (docker) {
            Nag.suppress(project, "AwsSolutions-CB3",
                    "Modo privilegiado necessário para o docker build das imagens; o projeto só roda o buildspec versionado no repositório.");
        }
        return project;
    }

    /** pip reads from the CodeArtifact repository (us-east-1, see PackagesStack) with a 12-hour token. */
    private static void allowCodeArtifact(PipelineProject project, String toolingAccount) {
        String codeArtifact = "arn:" + Aws.PARTITION + ":codeartifact:" + PlatformSettings.PACKAGES_REGION + ":" + toolingAccount + ":";
        project.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("codeartifact:GetAuthorizationToken"))
                .resources(List.of(codeArtifact + "domain/" + PackagesStack.DOMAIN)).build());
        project.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("codeartifact:GetRepositoryEndpoint", "codeartifact:ReadFromRepository"))
                .resources(List.of(codeArtifact + "repository/" + PackagesStack.DOMAIN + "/" + PackagesStack.REPOSITORY)).build());
        project.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("sts:GetServiceBearerToken")).resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("sts:AWSServiceName", "codeartifact.amazonaws.com"))).build());
    }

    private static IAction deployInfrastructure(PipelineProject project, Artifact input, PlatformSettings settings, String environment) {
        return codeBuild("Infrastructure", project, input, null, new TreeMap<>(Map.of(
                "ENVIRONMENT", environment, "TARGET_ACCOUNT", settings.accountOf(environment))), 1);
    }

    /**
     * The cluster add-ons that are Helm charts rather than EKS managed add-ons, each a wrapper chart under deploy/helm
     * that pins the upstream chart's version (the build stage runs {@code helm dependency build} and carries the charts
     * in its artifact), with values per environment. Release name → namespace.
     */
    public static final Map<String, String> CLUSTER_CHARTS = orderedMap(
            "karpenter", "kube-system",
            "aws-load-balancer-controller", "kube-system",
            "external-secrets", "kube-system");
    /** Karpenter's EC2NodeClass and NodePool, a local chart applied once Karpenter's CRDs exist. */
    public static final String NODE_POOL_CHART = "karpenter-nodes";

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static IAction codeBuild(String name, PipelineProject project, Artifact input, Artifact output,
                                     Map<String, String> variables, int runOrder) {
        Map<String, BuildEnvironmentVariable> environment = new LinkedHashMap<>();
        new TreeMap<>(variables).forEach((key, value) -> environment.put(key, BuildEnvironmentVariable.builder().value(value).build()));
        return CodeBuildAction.Builder.create()
                .actionName(name)
                .project(project)
                .input(input)
                .outputs(output == null ? null : List.of(output))
                .environmentVariables(environment)
                .runOrder(runOrder)
                .build();
    }

    private static StageProps stage(String name, IAction... actions) {
        return StageProps.builder().stageName(name).actions(new ArrayList<>(List.of(actions))).build();
    }

    private static String repositoryId(String image) {
        StringBuilder id = new StringBuilder();
        for (String part : image.split("-")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id + "Repository";
    }
}
