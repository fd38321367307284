package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Tags;
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
import software.amazon.awscdk.services.ec2.CfnSecurityGroupIngress;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.eks.CfnAccessEntry;
import software.amazon.awscdk.services.eks.CfnAddon;
import software.amazon.awscdk.services.eks.CfnCluster;
import software.amazon.awscdk.services.eks.CfnNodegroup;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compute: the EKS cluster (L1 resources: access entries instead of aws-auth, Pod Identity, secrets envelope-encrypted
 * with KMS, control-plane logs, API endpoint private unless allow-listed CIDRs are given, standard support only),
 * its managed node group over the three app subnets and managed add-ons, the IAM roles of the workloads, the ALB's
 * origin protection, and AWS Batch (Spot first, On-Demand fallback) with the analysis job definition.
 */
public final class ComputeStack extends PlatformStack {

    private final JobQueue jobQueue;
    private final EcsJobDefinition jobDefinition;

    public ComputeStack(Construct scope, String id, PlatformSettings settings, SecurityStack security,
                        NetworkStack network, DataStack data, DeliveryStack delivery) {
        super(scope, id, "Computação: cluster EKS com node group gerenciado e add-ons, Pod Identity, proteção da origem e AWS Batch Spot/On-Demand.",
                PlatformSettings.WORKLOAD_REGION, settings);
        CfnCluster cluster = cluster(settings, security, network);
        CfnNodegroup nodes = nodeGroup(network, cluster);
        addons(cluster, nodes);
        accessEntries(cluster, delivery);
        workloadRoles(cluster, data, security);
        originProtection(settings, network, security.logsKey());

        // The pods (VPC CNI: pod IPs in the cluster security group) and the deploy step reach what they need.
        // L1 rules in this stack: the groups belong to other stacks, which must not depend on this one.
        ingress("PodsToDatabaseProxy", data.proxySecurityGroup().getSecurityGroupId(), cluster.getAttrClusterSecurityGroupId(),
                DataStack.DATABASE_PORT, "Pods do EKS para o RDS Proxy");
        ingress("DeployToClusterApi", cluster.getAttrClusterSecurityGroupId(), delivery.deploySecurityGroup().getSecurityGroupId(),
                443, "CodeBuild de deploy para o endpoint privado da API do Kubernetes");

        // AWS Batch: Spot with the price-capacity-optimized strategy first, On-Demand when Spot has no capacity.
        LaunchTemplate batchLaunchTemplate = LaunchTemplate.Builder.create(this, "BatchLaunchTemplate")
                .requireImdsv2(true)
                .blockDevices(List.of(BlockDevice.builder().deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(100, EbsDeviceOptions.builder()
                                .encrypted(true).kmsKey(security.dataKey()).volumeType(EbsDeviceVolumeType.GP3).build()))
                        .build()))
                .build();
        SecurityGroup batchSecurityGroup = SecurityGroup.Builder.create(this, "BatchSecurityGroup")
                .vpc(network.vpc()).description("Instancias do AWS Batch: sem entrada, saida HTTPS para S3/ECR via endpoints e NAT")
                .allowAllOutbound(true).build();
        ManagedEc2EcsComputeEnvironment spot = ManagedEc2EcsComputeEnvironment.Builder.create(this, "SpotComputeEnvironment")
                .vpc(network.vpc())
                .vpcSubnets(NetworkStack.appSubnets())
                .securityGroups(List.of(batchSecurityGroup))
                .spot(true)
                .allocationStrategy(AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED)
                .minvCpus(0)
                .maxvCpus(512)
                .launchTemplate(batchLaunchTemplate)
                .build();
        ManagedEc2EcsComputeEnvironment onDemand = ManagedEc2EcsComputeEnvironment.Builder.create(this, "OnDemandComputeEnvironment")
                .vpc(network.vpc())
                .vpcSubnets(NetworkStack.appSubnets())
                .securityGroups(List.of(batchSecurityGroup))
                .spot(false)
                .allocationStrategy(AllocationStrategy.BEST_FIT_PROGRESSIVE)
                .minvCpus(0)
                .maxvCpus(128)
                .launchTemplate(batchLaunchTemplate)
                .build();
        for (ManagedEc2EcsComputeEnvironment environment : List.of(spot, onDemand)) {
            Nag.suppress(environment, "AwsSolutions-IAM4",
                    "Papel das instâncias do Batch usa AmazonEC2ContainerServiceforEC2Role, a política gerenciada exigida pelo agente do ECS.",
                    List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"));
        }
        jobQueue = JobQueue.Builder.create(this, "AnalysisQueue")
                .jobQueueName("proteomics-analysis")
                .priority(1)
                .computeEnvironments(List.of(
                        OrderedComputeEnvironment.builder().computeEnvironment(spot).order(1).build(),
                        OrderedComputeEnvironment.builder().computeEnvironment(onDemand).order(2).build()))
                .build();

        LogGroup jobLogs = LogGroup.Builder.create(this, "AnalysisJobLogs")
                .retention(RetentionDays.ONE_YEAR)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Role jobRole = Role.Builder.create(this, "AnalysisJobRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
                .description("Job de análise: lê a entrada de uma proteína e grava o resultado")
                .build();
        data.inputBucket().grantRead(jobRole);
        data.resultsBucket().grantPut(jobRole);
        jobDefinition = EcsJobDefinition.Builder.create(this, "AnalysisJob")
                .jobDefinitionName("proteomics-analysis")
                .container(EcsEc2ContainerDefinition.Builder.create(this, "AnalysisContainer")
                        .image(ContainerImage.fromEcrRepository(delivery.repository("analysis"), settings.analysisImageTag()))
                        .cpu(4)
                        .memory(Size.gibibytes(16))
                        .jobRole(jobRole)
                        .readonlyRootFilesystem(false)
                        .environment(new TreeMap<>(Map.of(
                                "INPUT_BUCKET", data.inputBucket().getBucketName(),
                                "RESULTS_BUCKET", data.resultsBucket().getBucketName())))
                        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(jobLogs).streamPrefix("analysis").build()))
                        .build())
                // Spot reclaims and host failures are retried; an error of the analysis itself is not.
                .retryAttempts(3)
                .retryStrategies(List.of(
                        RetryStrategy.of(Action.RETRY, Reason.SPOT_INSTANCE_RECLAIMED),
                        RetryStrategy.of(Action.RETRY, Reason.CANNOT_PULL_CONTAINER),
                        RetryStrategy.of(Action.EXIT, Reason.NON_ZERO_EXIT_CODE)))
                .timeout(Duration.hours(6))
                .build();
        Nag.suppress(jobRole, "AwsSolutions-IAM5",
                "Curingas gerados pelos grants do CDK (s3:GetObject*, s3:PutObject*, kms:GenerateDataKey*) restritos aos dois buckets de dados e à chave de dados.");
        Nag.suppress(jobDefinition.getContainer(), "AwsSolutions-IAM5",
                "Papel de execução do job: ecr:GetAuthorizationToken só aceita Resource '*'; o pull fica restrito ao repositório da imagem de análise.");

        output("ClusterName", cluster.getRef(), "Cluster EKS.");
        output("ClusterSecurityGroupId", cluster.getAttrClusterSecurityGroupId(), "Security group do cluster EKS (pods e nós).");
        output("JobQueueArn", jobQueue.getJobQueueArn(), "Fila do AWS Batch (Spot, depois On-Demand).");
        output("JobDefinitionArn", jobDefinition.getJobDefinitionArn(), "Definição do job de análise por proteína.");
        verifiedBy(
                "aws eks describe-cluster --region sa-east-1 --name {{ClusterName}} --query 'cluster.[status,version,accessConfig.authenticationMode,resourcesVpcConfig.endpointPublicAccess,resourcesVpcConfig.publicAccessCidrs,upgradePolicy.supportType]'",
                "aws eks list-addons --region sa-east-1 --cluster-name {{ClusterName}}",
                "aws eks list-pod-identity-associations --region sa-east-1 --cluster-name {{ClusterName}} --query 'associations[].[namespace,serviceAccount]' --output table",
                "aws batch describe-job-queues --region sa-east-1 --job-queues {{JobQueueArn}} --query 'jobQueues[0].computeEnvironmentOrder'");
    }

    private CfnCluster cluster(PlatformSettings settings, SecurityStack security, NetworkStack network) {
        Role clusterRole = Role.Builder.create(this, "ClusterRole")
                .assumedBy(new ServicePrincipal("eks.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AmazonEKSClusterPolicy")))
                .build();
        Nag.suppress(clusterRole, "AwsSolutions-IAM4",
                "Papel do plano de controle do EKS usa AmazonEKSClusterPolicy, a política gerenciada exigida pelo serviço.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEKSClusterPolicy"));
        security.servicesKey().grant(clusterRole, "kms:Encrypt", "kms:Decrypt", "kms:DescribeKey", "kms:CreateGrant");

        LogGroup controlPlaneLogs = LogGroup.Builder.create(this, "ControlPlaneLogs")
                .logGroupName("/aws/eks/" + settings.clusterName() + "/cluster")
                .retention(RetentionDays.ONE_YEAR)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        boolean publicEndpoint = !settings.eksPublicAccessCidrs().isEmpty();
        CfnCluster cluster = CfnCluster.Builder.create(this, "Cluster")
                .name(settings.clusterName())
                .version(settings.kubernetesVersion())
                .roleArn(clusterRole.getRoleArn())
                .resourcesVpcConfig(CfnCluster.ResourcesVpcConfigProperty.builder()
                        .subnetIds(network.vpc().selectSubnets(NetworkStack.appSubnets()).getSubnetIds())
                        .endpointPrivateAccess(true)
                        .endpointPublicAccess(publicEndpoint)
                        .publicAccessCidrs(publicEndpoint ? settings.eksPublicAccessCidrs() : null)
                        .build())
                // Access entries and access policies only: no aws-auth ConfigMap, no implicit admin for the creator.
                .accessConfig(CfnCluster.AccessConfigProperty.builder()
                        .authenticationMode("API")
                        .bootstrapClusterCreatorAdminPermissions(false)
                        .build())
                .bootstrapSelfManagedAddons(false)
                .encryptionConfig(List.of(CfnCluster.EncryptionConfigProperty.builder()
                        .provider(CfnCluster.ProviderProperty.builder().keyArn(security.servicesKey().getKeyArn()).build())
                        .resources(List.of("secrets"))
                        .build()))
                .logging(CfnCluster.LoggingProperty.builder()
                        .clusterLogging(CfnCluster.ClusterLoggingProperty.builder()
                                .enabledTypes(List.of("api", "audit", "authenticator", "controllerManager", "scheduler").stream()
                                        .map(type -> CfnCluster.LoggingTypeConfigProperty.builder().type(type).build()).toList())
                                .build())
                        .build())
                // Extended support is on by default and billed extra: stay on standard support and upgrade in time.
                .upgradePolicy(CfnCluster.UpgradePolicyProperty.builder().supportType("STANDARD").build())
                .deletionProtection(true)
                .build();
        // EKS would otherwise create the log group itself, unencrypted and kept forever.
        cluster.getNode().addDependency(controlPlaneLogs);
        if (publicEndpoint) {
            Nag.suppress(cluster, "AwsSolutions-EKS1",
                    "Endpoint público habilitado apenas para os CIDRs da lista de permissões (contexto eksPublicAccessCidrs); o acesso privado continua ativo.");
        }
        return cluster;
    }

    private CfnNodegroup nodeGroup(NetworkStack network, CfnCluster cluster) {
        Role nodeRole = Role.Builder.create(this, "NodeRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .managedPolicies(List.of(
                        ManagedPolicy.fromAwsManagedPolicyName("AmazonEKSWorkerNodePolicy"),
                        ManagedPolicy.fromAwsManagedPolicyName("AmazonEC2ContainerRegistryPullOnly")))
                .build();
        Nag.suppress(nodeRole, "AwsSolutions-IAM4",
                "Nós do EKS usam AmazonEKSWorkerNodePolicy e AmazonEC2ContainerRegistryPullOnly, as políticas gerenciadas mínimas para nós; a do CNI fica no Pod Identity do add-on.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"));
        return CfnNodegroup.Builder.create(this, "NodeGroup")
                .clusterName(cluster.getRef())
                .nodegroupName("general")
                .nodeRole(nodeRole.getRoleArn())
                .subnets(network.vpc().selectSubnets(NetworkStack.appSubnets()).getSubnetIds())
                .amiType("AL2023_x86_64_STANDARD")
                .capacityType("ON_DEMAND")
                .instanceTypes(List.of("m7i.large", "m6i.large"))
                // At least one node per AZ; the workloads spread their pods over the zones.
                .scalingConfig(CfnNodegroup.ScalingConfigProperty.builder().minSize(3).desiredSize(3).maxSize(12).build())
                .updateConfig(CfnNodegroup.UpdateConfigProperty.builder().maxUnavailable(1).build())
                .build();
    }

    private void addons(CfnCluster cluster, CfnNodegroup nodes) {
        Role cniRole = addonRole("VpcCniRole", "AmazonEKS_CNI_Policy");
        CfnAddon vpcCni = addon("VpcCni", "vpc-cni", cluster,
                // Network policies are enforced by the VPC CNI itself (the manifests ship default-deny policies).
                "{\"enableNetworkPolicy\":\"true\"}",
                List.of(CfnAddon.PodIdentityAssociationProperty.builder()
                        .serviceAccount("aws-node").roleArn(cniRole.getRoleArn()).build()));
        CfnAddon podIdentityAgent = addon("PodIdentityAgent", "eks-pod-identity-agent", cluster, null, null);
        // Nodes need the CNI to become Ready, and the CNI's Pod Identity needs the agent.
        vpcCni.addResourceDependency(podIdentityAgent);
        nodes.addResourceDependency(vpcCni);
        addon("KubeProxy", "kube-proxy", cluster, null, null);
        addon("CoreDns", "coredns", cluster, null, null).addResourceDependency(nodes);
        addon("MetricsServer", "metrics-server", cluster, null, null).addResourceDependency(nodes);
        Role observabilityRole = addonRole("CloudWatchObservabilityRole", "CloudWatchAgentServerPolicy");
        addon("CloudWatchObservability", "amazon-cloudwatch-observability", cluster, null,
                List.of(CfnAddon.PodIdentityAssociationProperty.builder()
                        .serviceAccount("cloudwatch-agent").roleArn(observabilityRole.getRoleArn()).build()))
                .addResourceDependency(nodes);
    }

    private Role addonRole(String id, String managedPolicy) {
        Role role = Role.Builder.create(this, id)
                .assumedBy(new ServicePrincipal("pods.eks.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(managedPolicy)))
                .build();
        role.getAssumeRolePolicy().addStatements(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal("pods.eks.amazonaws.com")))
                .actions(List.of("sts:TagSession"))
                .build());
        Nag.suppress(role, "AwsSolutions-IAM4",
                "Add-on gerenciado do EKS usa a política gerenciada que a AWS publica para ele (" + managedPolicy + ").",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/" + managedPolicy));
        return role;
    }

    private CfnAddon addon(String id, String name, CfnCluster cluster, String configuration,
                           List<CfnAddon.PodIdentityAssociationProperty> podIdentity) {
        return CfnAddon.Builder.create(this, id)
                .clusterName(cluster.getRef())
                .addonName(name)
                .resolveConflicts("OVERWRITE")
                .configurationValues(configuration)
                .podIdentityAssociations(podIdentity)
                .build();
    }

    private void accessEntries(CfnCluster cluster, DeliveryStack delivery) {
        // The pipeline's deploy step applies the Kustomize overlays (namespaced objects and the ClusterSecretStore).
        CfnAccessEntry.Builder.create(this, "DeployAccessEntry")
                .clusterName(cluster.getRef())
                .principalArn(delivery.deployRole().getRoleArn())
                .type("STANDARD")
                .accessPolicies(List.of(CfnAccessEntry.AccessPolicyProperty.builder()
                        .policyArn("arn:" + Aws.PARTITION + ":eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy")
                        .accessScope(CfnAccessEntry.AccessScopeProperty.builder().type("cluster").build())
                        .build()))
                .build();
    }

    private void workloadRoles(CfnCluster cluster, DataStack data, SecurityStack security) {
        String stateMachineArn = WorkflowStack.stateMachineArn();
        PodIdentityRole api = new PodIdentityRole(this, "ApiPodIdentity", cluster.getRef(), PlatformSettings.WORKLOAD_NAMESPACE,
                "api", "proteomics-api", "API: assina uploads, lê resultados e inicia análises", List.of(
                        allow(List.of("s3:PutObject"), data.inputBucket().arnForObjects("uploads/*")),
                        allow(List.of("s3:GetObject"), data.resultsBucket().arnForObjects("*")),
                        allow(List.of("kms:GenerateDataKey", "kms:Decrypt"), security.dataKey().getKeyArn()),
                        allow(List.of("states:StartExecution"), stateMachineArn),
                        allow(List.of("states:DescribeExecution", "states:StopExecution"), WorkflowStack.executionArns())));
        Nag.suppress(api, "AwsSolutions-IAM5",
                "Curingas limitados a prefixos de objetos (uploads/*, resultados) e às execuções da única máquina de estados da análise.");

        PodIdentityRole statusConsumer = new PodIdentityRole(this, "StatusConsumerPodIdentity", cluster.getRef(),
                PlatformSettings.WORKLOAD_NAMESPACE, "status-consumer", "proteomics-status-consumer",
                "Consumidor de status: lê a fila de status das análises", List.of(
                        allow(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility"), WorkflowStack.statusQueueArn()),
                        allow(List.of("kms:Decrypt"), security.servicesKey().getKeyArn())));

        // External Secrets: its controller assumes a reader role that may read only the platform's secrets.
        PodIdentityRole externalSecrets = new PodIdentityRole(this, "ExternalSecretsPodIdentity", cluster.getRef(),
                "external-secrets", "external-secrets", "proteomics-external-secrets",
                "Controlador do External Secrets: assume o papel leitor dos segredos da plataforma", List.of());
        Role reader = Role.Builder.create(this, "ExternalSecretsReader")
                .roleName("proteomics-external-secrets-reader")
                .description("Lê somente os segredos da plataforma (Aurora gerenciado pelo RDS e proteomics/*)")
                .assumedBy(externalSecrets.role())
                .build();
        reader.getAssumeRolePolicy().addStatements(PolicyStatement.Builder.create()
                .principals(List.of(externalSecrets.role()))
                .actions(List.of("sts:TagSession"))
                .build());
        // Explicit statements: Secret.grantRead would also edit the data key's policy in the security stack (a cycle).
        reader.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
                .resources(List.of(data.databaseSecret().getSecretArn(), data.djangoSecretKey().getSecretArn()))
                .build());
        security.dataKey().grantDecrypt(reader);
        externalSecrets.role().addToPolicy(allow(List.of("sts:AssumeRole", "sts:TagSession"), reader.getRoleArn()));
    }

    /** Only CloudFront reaches the internet-facing ALB: its security group and a regional web ACL check the origin header. */
    private void originProtection(PlatformSettings settings, NetworkStack network, IKey logsKey) {
        SecurityGroup albSecurityGroup = SecurityGroup.Builder.create(this, "AlbSecurityGroup")
                .vpc(network.vpc())
                .securityGroupName("proteomics-alb-from-cloudfront")
                .description("ALB do Ingress: HTTPS somente da lista de prefixos de origem do CloudFront")
                .allowAllOutbound(true)
                .build();
        Tags.of(albSecurityGroup).add("Name", "proteomics-alb-from-cloudfront");
        albSecurityGroup.addIngressRule(Peer.prefixList(settings.cloudFrontPrefixListId()), Port.tcp(443), "CloudFront origin-facing");

        CfnParameter originToken = CfnParameter.Builder.create(this, "OriginVerifyToken")
                .type("String").noEcho(true).minLength(32)
                .description("Valor secreto do cabeçalho X-Origin-Verify que só a distribuição CloudFront envia (o mesmo da stack de borda).")
                .build();
        CfnWebACL originWebAcl = CfnWebACL.Builder.create(this, "OriginWebAcl")
                .name("proteomics-origin")
                .scope("REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .visibilityConfig(WebAcls.visibility("proteomics-origin"))
                .rules(List.of(CfnWebACL.RuleProperty.builder()
                        .name("allow-cloudfront-origin-header")
                        .priority(0)
                        .action(CfnWebACL.RuleActionProperty.builder().allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                        .statement(CfnWebACL.StatementProperty.builder()
                                .byteMatchStatement(CfnWebACL.ByteMatchStatementProperty.builder()
                                        .fieldToMatch(CfnWebACL.FieldToMatchProperty.builder()
                                                .singleHeader(Map.of("Name", "x-origin-verify")).build())
                                        .positionalConstraint("EXACTLY")
                                        .searchString(originToken.getValueAsString())
                                        .textTransformations(List.of(CfnWebACL.TextTransformationProperty.builder()
                                                .priority(0).type("NONE").build()))
                                        .build())
                                .build())
                        .visibilityConfig(WebAcls.visibility("allow-cloudfront-origin-header"))
                        .build()))
                .build();
        WebAcls.enableLogging(this, originWebAcl, logsKey);
    }

    private void ingress(String id, String groupId, String sourceGroupId, int port, String description) {
        CfnSecurityGroupIngress.Builder.create(this, id)
                .groupId(groupId).sourceSecurityGroupId(sourceGroupId)
                .ipProtocol("tcp").fromPort(port).toPort(port)
                .description(description)
                .build();
    }

    private static PolicyStatement allow(List<String> actions, String resource) {
        return PolicyStatement.Builder.create().actions(actions).resources(List.of(resource)).build();
    }

    public JobQueue jobQueue() {
        return jobQueue;
    }

    public EcsJobDefinition jobDefinition() {
        return jobDefinition;
    }
}
