package com.varsomics.infra;

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
import software.amazon.awscdk.services.codepipeline.Artifact;
import software.amazon.awscdk.services.codepipeline.ExecutionMode;
import software.amazon.awscdk.services.codepipeline.IAction;
import software.amazon.awscdk.services.codepipeline.Pipeline;
import software.amazon.awscdk.services.codepipeline.PipelineType;
import software.amazon.awscdk.services.codepipeline.StageProps;
import software.amazon.awscdk.services.codepipeline.actions.CodeBuildAction;
import software.amazon.awscdk.services.codepipeline.actions.CodeStarConnectionsSourceAction;
import software.amazon.awscdk.services.codepipeline.actions.ManualApprovalAction;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecr.LifecycleRule;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryEncryption;
import software.amazon.awscdk.services.ecr.TagMutability;
import software.amazon.awscdk.services.ecr.TagStatus;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery: ECR repositories (immutable tags, scan on push, KMS) and a CodePipeline V2 that tests, builds and scans
 * the images, deploys to staging, waits for a manual approval and deploys to production. Deploy steps run in the VPC,
 * because the EKS API endpoint is private.
 */
public final class DeliveryStack extends PlatformStack {

    /** Images the platform runs: the three EKS workloads and the Batch analysis job. */
    public static final List<String> IMAGES = List.of("web", "api", "status-consumer", "analysis");

    private final Map<String, Repository> repositories = new LinkedHashMap<>();
    private final PipelineProject deployProject;
    private final SecurityGroup deploySecurityGroup;

    public DeliveryStack(Construct scope, String id, PlatformSettings settings, SecurityStack security,
                         NetworkStack network, DataStack data) {
        super(scope, id, "Entrega: repositórios ECR e pipeline CodePipeline V2 com teste, build, varredura, staging, aprovação e produção.",
                PlatformSettings.WORKLOAD_REGION, settings);

        for (String image : IMAGES) {
            repositories.put(image, Repository.Builder.create(this, repositoryId(image))
                    .repositoryName("proteomics/" + image)
                    .imageTagMutability(TagMutability.IMMUTABLE)
                    .imageScanOnPush(true)
                    .encryption(RepositoryEncryption.KMS)
                    .encryptionKey(security.servicesKey())
                    .lifecycleRules(List.of(LifecycleRule.builder()
                            .description("Remove imagens sem tag após 14 dias")
                            .tagStatus(TagStatus.UNTAGGED)
                            .maxImageAge(Duration.days(14))
                            .build()))
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build());
        }

        Bucket artifacts = SecureBucket.builder(this, "ArtifactsBucket", security.servicesKey(), data.accessLogsBucket())
                .versioned(true)
                .lifecycleRules(List.of(software.amazon.awscdk.services.s3.LifecycleRule.builder().id("expire-artifacts")
                        .expiration(Duration.days(90))
                        .noncurrentVersionExpiration(Duration.days(DataStack.NONCURRENT_VERSION_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(DataStack.ABORT_MULTIPART_DAYS))
                        .build()))
                .build();
        LogGroup buildLogs = LogGroup.Builder.create(this, "BuildLogs")
                .retention(RetentionDays.ONE_YEAR)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        PipelineProject test = project("TestProject", "test", security, buildLogs, false);
        PipelineProject build = project("BuildProject", "build", security, buildLogs, true);
        PipelineProject scan = project("ScanProject", "scan", security, buildLogs, false);
        deploySecurityGroup = SecurityGroup.Builder.create(this, "DeploySecurityGroup")
                .vpc(network.vpc()).description("CodeBuild de deploy: acessa o endpoint privado da API do EKS")
                .allowAllOutbound(true).build();
        deployProject = PipelineProject.Builder.create(this, "DeployProject")
                .description("Aplica o overlay Kustomize do ambiente no EKS (endpoint privado, por isso na VPC).")
                .buildSpec(BuildSpec.fromSourceFilename("buildspecs/deploy.yml"))
                .environment(BuildEnvironment.builder().buildImage(LinuxBuildImage.STANDARD_7_0).computeType(ComputeType.SMALL).build())
                .encryptionKey(security.servicesKey())
                .logging(logging(buildLogs))
                .vpc(network.vpc())
                .subnetSelection(NetworkStack.appSubnets())
                .securityGroups(List.of(deploySecurityGroup))
                .timeout(Duration.minutes(30))
                .build();
        suppressCodeBuildFindings(deployProject);
        for (Repository repository : repositories.values()) {
            repository.grantPullPush(build);
            repository.grantRead(scan);
        }

        Artifact source = new Artifact("Source");
        Pipeline pipeline = Pipeline.Builder.create(this, "Pipeline")
                .pipelineName("proteomics-delivery")
                .pipelineType(PipelineType.V2)
                .executionMode(ExecutionMode.QUEUED)
                .artifactBucket(artifacts)
                .restartExecutionOnUpdate(false)
                .stages(List.of(
                        stage("Source", CodeStarConnectionsSourceAction.Builder.create()
                                .actionName("GitHub")
                                .connectionArn(settings.sourceConnectionArn())
                                .owner(settings.sourceRepository().split("/")[0])
                                .repo(settings.sourceRepository().split("/")[1])
                                .branch(settings.sourceBranch())
                                .output(source)
                                .build()),
                        stage("Test", codeBuild("UnitTests", test, source, Map.of())),
                        stage("Build", codeBuild("BuildImages", build, source, Map.of())),
                        stage("Scan", codeBuild("ScanImages", scan, source, Map.of())),
                        stage("DeployStaging", codeBuild("DeployStaging", deployProject, source, Map.of("ENVIRONMENT", "staging"))),
                        stage("Approval", ManualApprovalAction.Builder.create()
                                .actionName("ApproveProduction")
                                .additionalInformation("Conferir os testes de aceitação em staging antes de promover o mesmo digest para produção.")
                                .build()),
                        stage("DeployProduction", codeBuild("DeployProduction", deployProject, source, Map.of("ENVIRONMENT", "prod")))))
                .build();
        Nag.suppress(pipeline, "AwsSolutions-IAM5",
                "Curingas gerados pelos grants do CDK (s3:GetObject*, kms:GenerateDataKey*) restritos ao bucket de artefatos e à chave do pipeline.");

        repositories.forEach((image, repository) -> output(repositoryId(image) + "Uri", repository.getRepositoryUri(),
                "Repositório ECR proteomics/" + image + "."));
        output("PipelineName", pipeline.getPipelineName(), "Pipeline de entrega (CodePipeline V2).");
        verifiedBy(
                "aws ecr describe-repositories --region sa-east-1 --repository-names proteomics/web proteomics/api proteomics/status-consumer proteomics/analysis --query 'repositories[].[repositoryName,imageTagMutability,imageScanningConfiguration.scanOnPush]' --output table",
                "aws codepipeline get-pipeline --region sa-east-1 --name {{PipelineName}} --query '[pipeline.pipelineType,pipeline.stages[].name]'");
    }

    private PipelineProject project(String id, String step, SecurityStack security, LogGroup logs, boolean docker) {
        PipelineProject project = PipelineProject.Builder.create(this, id)
                .description("Etapa '" + step + "' do pipeline; comandos em buildspecs/" + step + ".yml no repositório.")
                .buildSpec(BuildSpec.fromSourceFilename("buildspecs/" + step + ".yml"))
                .environment(BuildEnvironment.builder()
                        .buildImage(LinuxBuildImage.STANDARD_7_0)
                        .computeType(docker ? ComputeType.MEDIUM : ComputeType.SMALL)
                        .privileged(docker)
                        .build())
                .encryptionKey(security.servicesKey())
                .logging(logging(logs))
                .timeout(Duration.minutes(30))
                .build();
        suppressCodeBuildFindings(project);
        if (docker) {
            Nag.suppress(project, "AwsSolutions-CB3",
                    "Modo privilegiado necessário para o docker build das imagens; o projeto só roda o buildspec versionado no repositório.");
        }
        return project;
    }

    private static void suppressCodeBuildFindings(PipelineProject project) {
        Nag.suppress(project, "AwsSolutions-IAM5",
                "Curingas da política padrão do CodeBuild (grupos de relatório e fluxos de log do projeto, ecr:GetAuthorizationToken, interfaces de rede na VPC) e dos grants do CDK no bucket de artefatos.");
        Nag.suppress(project, "HIPAA.Security-CodeBuildProjectSourceRepoUrl",
                "A fonte do projeto é o artefato do CodePipeline (CODEPIPELINE), não uma URL com credenciais; o GitHub é acessado pelo CodeConnections.");
    }

    private static LoggingOptions logging(LogGroup logs) {
        return LoggingOptions.builder().cloudWatch(CloudWatchLoggingOptions.builder().logGroup(logs).build()).build();
    }

    private static Map<String, BuildEnvironmentVariable> environment(Map<String, String> variables) {
        Map<String, BuildEnvironmentVariable> environment = new LinkedHashMap<>();
        variables.forEach((name, value) -> environment.put(name, BuildEnvironmentVariable.builder().value(value).build()));
        return environment;
    }

    private static IAction codeBuild(String name, PipelineProject project, Artifact input, Map<String, String> variables) {
        return CodeBuildAction.Builder.create()
                .actionName(name)
                .project(project)
                .input(input)
                .environmentVariables(environment(variables))
                .build();
    }

    private static StageProps stage(String name, IAction action) {
        return StageProps.builder().stageName(name).actions(List.of(action)).build();
    }

    private static String repositoryId(String image) {
        StringBuilder id = new StringBuilder();
        for (String part : image.split("-")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id + "Repository";
    }

    public Repository repository(String image) {
        return repositories.get(image);
    }

    public IRole deployRole() {
        return deployProject.getRole();
    }

    public SecurityGroup deploySecurityGroup() {
        return deploySecurityGroup;
    }
}
