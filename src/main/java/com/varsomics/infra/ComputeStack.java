package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.CfnTag;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.batch.EcsJobDefinition;
import software.amazon.awscdk.services.batch.JobQueue;
import software.amazon.awscdk.services.ec2.CfnSecurityGroupIngress;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.eks.CfnAccessEntry;
import software.amazon.awscdk.services.eks.CfnCluster;
import software.amazon.awscdk.services.eks.CfnNodegroup;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compute: the EKS cluster (L1 resources: access entries instead of aws-auth, Pod Identity, secrets envelope-encrypted
 * with KMS, control-plane logs, API endpoint private unless allow-listed CIDRs are given, standard support only), a
 * small managed node group for the cluster's own controllers, Karpenter for the application nodes, managed add-ons,
 * the IAM roles of the workloads and controllers, the pipeline's deploy role, the ALB's origin protection, the
 * replicated ECR repositories, and AWS Batch (a Spot queue that cancels jobs waiting for capacity, and an On-Demand queue
 * the workflow resubmits them to) with the analysis job definition.
 */
public final class ComputeStack extends PlatformStack {

    /** Analysis job: resources and limits per protein (workspace.dsl, job de análise). */
    public static final int JOB_VCPUS = 4;
    public static final int JOB_MEMORY_GIB = 16;
    public static final Duration JOB_ATTEMPT_TIMEOUT = Duration.hours(4);
    public static final int JOB_ATTEMPTS = 3;
    /** Batch compute environments: Spot up to 1024 vCPUs, On-Demand fallback up to 256 (both scale to zero). */
    public static final int SPOT_MAX_VCPUS = 1024;
    public static final int ON_DEMAND_MAX_VCPUS = 256;
    /** A job that cannot be placed for this long because of its own definition or the environments' size is cancelled. */
    public static final Duration RUNNABLE_TIME_LIMIT = Duration.minutes(30);
    /**
     * A job at the head of the Spot queue that waits this long because EC2 has no Spot capacity is cancelled; the
     * workflow then resubmits that protein to the On-Demand queue (WorkflowStack).
     */
    public static final Duration SPOT_CAPACITY_WAIT = Duration.minutes(15);
    /** On the On-Demand queue a capacity shortage ends the protein (and the analysis) after this long instead. */
    public static final Duration ON_DEMAND_CAPACITY_WAIT = Duration.minutes(60);
    /** Batch's instance bundle of current x86_64 families (m6i, c6i, r6i, c7i), resolved by Batch in the region. */
    public static final String BATCH_INSTANCE_TYPES = "default_x86_64";
    /** The two job queues: Spot only, and On-Demand only for proteins whose Spot job was cancelled for capacity. */
    public static final String SPOT_QUEUE_NAME = "proteomics-analysis";
    public static final String ON_DEMAND_QUEUE_NAME = "proteomics-analysis-on-demand";
    /** The image repositories the workload account receives by ECR replication from the tooling account. */
    public static final String IMAGE_REPOSITORY_PREFIX = "proteomics";
    /** Container Insights log groups of the CloudWatch Observability add-on, under /aws/containerinsights/&lt;cluster&gt;/. */
    public static final List<String> CONTAINER_INSIGHTS_LOG_GROUPS = List.of("application", "dataplane", "host", "performance");
    /** The role the pipeline's EKS deploy action assumes in this account. */
    public static final String EKS_DEPLOY_ROLE_NAME = "proteomics-eks-deploy";

    private final JobQueue jobQueue;
    private final JobQueue onDemandQueue;
    private final EcsJobDefinition jobDefinition;

    public ComputeStack(Construct scope, String id, PlatformSettings settings, SecurityStack security,
                        NetworkStack network, DataStack data) {
        super(scope, id, "Computação: cluster EKS com Karpenter, add-ons e Pod Identity, papéis do pipeline, réplicas do ECR, proteção da origem e AWS Batch Spot/On-Demand.",
                PlatformSettings.WORKLOAD_REGION, settings);
        CfnCluster cluster = cluster(settings, security, network);
        CfnNodegroup nodes = systemNodeGroup(network, cluster);
        EksAddons.install(this, cluster, nodes, containerInsightsLogs(settings, security));
        operatorAccess(settings, cluster);
        Karpenter karpenter = new Karpenter(this, "Karpenter", cluster, settings.clusterName(), security.servicesKey());
        PodIdentityRole loadBalancerController = new PodIdentityRole(this, "LoadBalancerControllerPodIdentity", cluster.getRef(),
                LoadBalancerControllerPolicy.NAMESPACE, LoadBalancerControllerPolicy.SERVICE_ACCOUNT,
                "proteomics-load-balancer-controller", "AWS Load Balancer Controller: cria o ALB do Ingress",
                LoadBalancerControllerPolicy.statements());
        Nag.suppress(loadBalancerController, "AwsSolutions-IAM5",
                "Política de referência do AWS Load Balancer Controller: Describe* e criação de ALB/target groups só aceitam Resource '*'; alterações e exclusões exigem a tag elbv2.k8s.aws/cluster.");
        workloadRoles(settings, cluster, data, security);
        SecurityGroup deploySecurityGroup = PipelineAccess.pipelineDeployAccess(this, settings, network, cluster);
        originProtection(settings, network, security.logsKey());
        PipelineAccess.imageReplicas(this, settings);

        // The pods (VPC CNI: pod IPs in the cluster security group) and the deploy action reach what they need.
        // L1 rules in this stack: the groups belong to other stacks, which must not depend on this one.
        ingress("PodsToDatabaseProxy", data.proxySecurityGroup().getSecurityGroupId(), cluster.getAttrClusterSecurityGroupId(),
                DataStack.DATABASE_PORT, "Pods do EKS para o RDS Proxy");
        ingress("DeployToClusterApi", cluster.getAttrClusterSecurityGroupId(), deploySecurityGroup.getSecurityGroupId(),
                443, "Acao EKS do pipeline para o endpoint privado da API do Kubernetes");

        AnalysisBatch batch = new AnalysisBatch(this, settings, security, network, data);
        jobQueue = batch.jobQueue();
        onDemandQueue = batch.onDemandQueue();
        jobDefinition = batch.jobDefinition();

        output("ClusterName", cluster.getRef(), "Cluster EKS.");
        output("ClusterSecurityGroupId", cluster.getAttrClusterSecurityGroupId(), "Security group do cluster EKS (pods e nós).");
        output("EksDeploySecurityGroupId", deploySecurityGroup.getSecurityGroupId(),
                "Security group da ação EKS do pipeline (deployTargets.<ambiente>.securityGroupId no cdk.json da conta de ferramentas).");
        output("KarpenterNodeRoleName", karpenter.nodeRole().getRoleName(), "Papel dos nós do Karpenter (spec.role do EC2NodeClass).");
        output("KarpenterInterruptionQueueName", karpenter.interruptionQueue().getQueueName(),
                "Fila de interrupções do Karpenter (settings.interruptionQueue do chart).");
        output("JobQueueArn", jobQueue.getJobQueueArn(), "Fila Spot do AWS Batch (cancela após 15 min sem capacidade Spot).");
        output("OnDemandJobQueueArn", onDemandQueue.getJobQueueArn(), "Fila On-Demand do AWS Batch (proteínas reenviadas por falta de capacidade Spot).");
        output("JobDefinitionArn", jobDefinition.getJobDefinitionArn(), "Definição do job de análise por proteína.");
        verifiedBy(
                "aws eks describe-cluster --region sa-east-1 --name {{ClusterName}} --query 'cluster.[status,version,accessConfig.authenticationMode,upgradePolicy.supportType]'",
                "aws eks describe-cluster --region sa-east-1 --name {{ClusterName}} --query 'cluster.resourcesVpcConfig.[endpointPublicAccess,publicAccessCidrs]'",
                "aws eks list-addons --region sa-east-1 --cluster-name {{ClusterName}}",
                "aws eks list-pod-identity-associations --region sa-east-1 --cluster-name {{ClusterName}} --query 'associations[].[namespace,serviceAccount]' --output table",
                "aws eks list-access-entries --region sa-east-1 --cluster-name {{ClusterName}}",
                "aws sqs get-queue-attributes --region sa-east-1 --queue-url $(aws sqs get-queue-url --region sa-east-1 --queue-name {{KarpenterInterruptionQueueName}} --query QueueUrl --output text) --attribute-names MessageRetentionPeriod KmsMasterKeyId",
                "aws batch describe-job-queues --region sa-east-1 --job-queues {{JobQueueArn}} --query 'jobQueues[0].[computeEnvironmentOrder,jobStateTimeLimitActions]'",
                "aws batch describe-job-queues --region sa-east-1 --job-queues {{OnDemandJobQueueArn}} --query 'jobQueues[0].[computeEnvironmentOrder,jobStateTimeLimitActions]'",
                "aws batch describe-job-definitions --region sa-east-1 --job-definitions {{JobDefinitionArn}} --query 'jobDefinitions[0].[containerProperties.resourceRequirements,timeout,retryStrategy]'",
                "aws ecr describe-repository-creation-templates --region sa-east-1 --prefixes " + IMAGE_REPOSITORY_PREFIX);
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
                .retention(PlatformStack.LOG_RETENTION)
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
                // Karpenter discovers the subnets and security group of new nodes by this tag.
                .tags(List.of(CfnTag.builder().key("karpenter.sh/discovery").value(settings.clusterName()).build()))
                .build();
        // EKS would otherwise create the log group itself, unencrypted and kept forever.
        cluster.getNode().addDependency(controlPlaneLogs);
        if (publicEndpoint) {
            Nag.suppress(cluster, "AwsSolutions-EKS1",
                    "Endpoint público habilitado apenas para os CIDRs da lista de permissões (contexto eksPublicAccessCidrs); o acesso privado continua ativo.");
        }
        return cluster;
    }

    /** Two Bottlerocket nodes in different AZs for CoreDNS, Karpenter and the other controllers; Karpenter adds the rest. */
    private CfnNodegroup systemNodeGroup(NetworkStack network, CfnCluster cluster) {
        Role nodeRole = NodeRoles.create(this, "NodeRole", null, "Nós do grupo gerenciado 'system' (controladores do cluster)", List.of(),
                "Nós do EKS usam AmazonEKSWorkerNodePolicy e AmazonEC2ContainerRegistryPullOnly, as políticas gerenciadas mínimas para nós; a do CNI fica no Pod Identity do add-on.");
        return CfnNodegroup.Builder.create(this, "SystemNodeGroup")
                .clusterName(cluster.getRef())
                .nodegroupName("system")
                .nodeRole(nodeRole.getRoleArn())
                .subnets(network.vpc().selectSubnets(NetworkStack.appSubnets()).getSubnetIds())
                .amiType("BOTTLEROCKET_x86_64")
                .capacityType("ON_DEMAND")
                .instanceTypes(List.of("m6i.large"))
                .scalingConfig(CfnNodegroup.ScalingConfigProperty.builder().minSize(2).desiredSize(2).maxSize(3).build())
                .updateConfig(CfnNodegroup.UpdateConfigProperty.builder().maxUnavailable(1).build())
                .labels(Map.of("proteomics.varsomics.com/node-role", "system"))
                .build();
    }

    /**
     * The log groups the CloudWatch Observability add-on writes Container Insights to: created here first, with the
     * platform's retention and key, because the agent would otherwise create them itself, kept forever.
     */
    private List<LogGroup> containerInsightsLogs(PlatformSettings settings, SecurityStack security) {
        return CONTAINER_INSIGHTS_LOG_GROUPS.stream().map(name -> LogGroup.Builder.create(this, "ContainerInsights" + capitalized(name))
                .logGroupName("/aws/containerinsights/" + settings.clusterName() + "/" + name)
                .retention(PlatformStack.LOG_RETENTION)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build()).toList();
    }

    /**
     * Operators reach the cluster with their IAM Identity Center roles: BreakGlass administers, Leitura views. The
     * roles' names carry a random suffix, so their ARNs come from context (one pair per account).
     */
    private void operatorAccess(PlatformSettings settings, CfnCluster cluster) {
        Map<String, String[]> entries = new TreeMap<>(Map.of(
                "BreakGlassAccessEntry", new String[]{settings.eksAdminRoleArn(), "AmazonEKSClusterAdminPolicy"},
                "ReadOnlyAccessEntry", new String[]{settings.eksViewerRoleArn(), "AmazonEKSViewPolicy"}));
        entries.forEach((id, roleAndPolicy) -> CfnAccessEntry.Builder.create(this, id)
                .clusterName(cluster.getRef())
                .principalArn(roleAndPolicy[0])
                .type("STANDARD")
                .accessPolicies(List.of(CfnAccessEntry.AccessPolicyProperty.builder()
                        .policyArn("arn:" + Aws.PARTITION + ":eks::aws:cluster-access-policy/" + roleAndPolicy[1])
                        .accessScope(CfnAccessEntry.AccessScopeProperty.builder().type("cluster").build())
                        .build()))
                .build());
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void workloadRoles(PlatformSettings settings, CfnCluster cluster, DataStack data, SecurityStack security) {
        String namespace = PlatformSettings.WORKLOAD_NAMESPACE;
        PodIdentityRole web = new PodIdentityRole(this, "WebPodIdentity", cluster.getRef(), namespace, "web", "proteomics-web",
                "Front-end Django: conecta ao RDS Proxy com token IAM", List.of());
        PodIdentityRole api = new PodIdentityRole(this, "ApiPodIdentity", cluster.getRef(), namespace, "api", "proteomics-api",
                "API: assina uploads, lê resultados e inicia análises", List.of(
                        allow(List.of("s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"),
                                data.inputBucket().arnForObjects("samples/*")),
                        allow(List.of("s3:GetObject"), data.resultsBucket().arnForObjects("*")),
                        allow(List.of("kms:GenerateDataKey", "kms:Decrypt"), security.dataKey().getKeyArn()),
                        allow(List.of("states:StartExecution"), WorkflowStack.stateMachineArn()),
                        allow(List.of("states:DescribeExecution"), WorkflowStack.executionArns())));
        Nag.suppress(api, "AwsSolutions-IAM5",
                "Curingas limitados a prefixos de objetos (samples/*, resultados) e às execuções da única máquina de estados da análise.");
        PodIdentityRole statusConsumer = new PodIdentityRole(this, "StatusConsumerPodIdentity", cluster.getRef(),
                namespace, "status-consumer", "proteomics-status-consumer",
                "Consumidor de status: lê a fila de status e envia os e-mails de análise", List.of(
                        allow(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility"), WorkflowStack.statusQueueArn()),
                        allow(List.of("kms:Decrypt"), security.servicesKey().getKeyArn()),
                        PolicyStatement.Builder.create()
                                .actions(List.of("ses:SendEmail"))
                                .resources(WorkflowStack.emailResourceArns(settings))
                                .build()));
        // The schema migration Job the pipeline runs before each rollout: only rds-db:connect, as app_migrator.
        PodIdentityRole migration = new PodIdentityRole(this, "DatabaseMigrationPodIdentity", cluster.getRef(), namespace,
                DataStack.MIGRATION_SERVICE_ACCOUNT, "proteomics-db-migrate",
                "Job de migração do esquema: conecta ao RDS Proxy com token IAM como " + DataStack.MIGRATION_USER, List.of());
        // Each workload connects to RDS Proxy as its own database user, with an IAM token (no password anywhere).
        Map<String, PodIdentityRole> byServiceAccount = new TreeMap<>(Map.of("web", web, "api", api, "status-consumer", statusConsumer,
                DataStack.MIGRATION_SERVICE_ACCOUNT, migration));
        DataStack.DATABASE_USERS.forEach((serviceAccount, user) ->
                data.proxy().grantConnect(byServiceAccount.get(serviceAccount).role(), user));

        // External Secrets: its controller assumes a reader role that may read only the Django secret key.
        PodIdentityRole externalSecrets = new PodIdentityRole(this, "ExternalSecretsPodIdentity", cluster.getRef(),
                "kube-system", "external-secrets", "proteomics-external-secrets",
                "Controlador do External Secrets: assume o papel leitor dos segredos da plataforma", List.of());
        Role reader = Role.Builder.create(this, "ExternalSecretsReader")
                .roleName("proteomics-external-secrets-reader")
                .description("Lê somente os segredos de aplicação da plataforma (proteomics/*)")
                .assumedBy(externalSecrets.role())
                .build();
        reader.getAssumeRolePolicy().addStatements(PolicyStatement.Builder.create()
                .principals(List.of(externalSecrets.role()))
                .actions(List.of("sts:TagSession"))
                .build());
        // Explicit statements: Secret.grantRead would also edit the data key's policy in the security stack (a cycle).
        reader.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"))
                .resources(List.of(data.djangoSecretKey().getSecretArn()))
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

        // The ALB's listener certificate (the Ingress names it): ACM in sa-east-1, DNS-validated in the site's zone.
        Certificate originCertificate = Certificate.Builder.create(this, "OriginCertificate")
                .domainName(settings.originDomainName())
                .validation(CertificateValidation.fromDns(hostedZone(settings)))
                .build();
        output("OriginCertificateArn", originCertificate.getCertificateArn(),
                "Certificado ACM do ALB (anotação alb.ingress.kubernetes.io/certificate-arn do overlay).");

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
        output("OriginWebAclArn", originWebAcl.getAttrArn(), "Web ACL regional do ALB (anotação alb.ingress.kubernetes.io/wafv2-acl-arn do overlay).");
    }

    private void ingress(String id, String groupId, String sourceGroupId, int port, String description) {
        CfnSecurityGroupIngress.Builder.create(this, id)
                .groupId(groupId).sourceSecurityGroupId(sourceGroupId)
                .ipProtocol("tcp").fromPort(port).toPort(port)
                .description(description)
                .build();
    }

    static PolicyStatement allow(List<String> actions, String resource) {
        return PolicyStatement.Builder.create().actions(actions).resources(List.of(resource)).build();
    }

    public JobQueue jobQueue() {
        return jobQueue;
    }

    public JobQueue onDemandQueue() {
        return onDemandQueue;
    }

    public EcsJobDefinition jobDefinition() {
        return jobDefinition;
    }
}
