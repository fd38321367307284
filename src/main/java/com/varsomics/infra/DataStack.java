package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseInsightsMode;
import software.amazon.awscdk.services.rds.IClusterEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.ParameterGroupClusterBindOptions;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DefaultAuthScheme;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;
import software.amazon.awscdk.services.rds.ProxyTarget;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.TransitionDefaultMinimumObjectSize;
import software.amazon.awscdk.services.s3.Transition;
import software.amazon.awscdk.services.rds.CfnDBCluster;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data: the input bucket (browser uploads, kept one year), the results bucket (five years, always instantly
 * retrievable, write-once), their access logs and data-event trail, and Aurora PostgreSQL (writer and reader in
 * different AZs, RDS Proxy, RDS-managed credentials in Secrets Manager, PITR plus AWS Backup for the five-year
 * copies), and the application secrets the pods read through External Secrets.
 */
public final class DataStack extends PlatformStack {

    /** Inputs are kept one year (case requirement), then deleted. */
    public static final int INPUT_RETENTION_DAYS = 365;
    /** Results are kept five years: 5 × 365 + 2 leap days = 1827 days (1825 would fall short). */
    public static final int RESULTS_RETENTION_DAYS = 1827;
    /** Inputs enter S3 Intelligent-Tiering on the first lifecycle run (no archive tiers: every tier is instant). */
    public static final int INPUT_TO_INTELLIGENT_TIERING_DAYS = 0;
    /** Standard-IA has a 30-day minimum storage duration and lifecycle cannot move objects there earlier. */
    public static final int RESULTS_TO_STANDARD_IA_DAYS = 30;
    /** Glacier Instant Retrieval: millisecond reads, 90-day minimum storage duration. */
    public static final int RESULTS_TO_GLACIER_IR_DAYS = 90;
    /** Overwritten or deleted versions are kept this long for recovery, then removed (locked results stay locked). */
    public static final int NONCURRENT_VERSION_DAYS = 7;
    /** Unfinished multipart uploads are billed until aborted. */
    public static final int ABORT_MULTIPART_DAYS = 7;
    public static final int DATABASE_PORT = 5432;
    /** Fixed names, so alarms and the Kubernetes configuration can name them. */
    public static final String CLUSTER_IDENTIFIER = "proteomics";
    public static final String PROXY_NAME = "proteomics";
    /** The schema migration Job's ServiceAccount and database user: owner of the schemas, no role creation. */
    public static final String MIGRATION_SERVICE_ACCOUNT = "db-migrate";
    public static final String MIGRATION_USER = "app_migrator";
    /**
     * Database users of the EKS workloads, by ServiceAccount; each connects to RDS Proxy with an IAM token
     * (deploy/k8s ConfigMaps), the migration Job included.
     */
    public static final Map<String, String> DATABASE_USERS = new TreeMap<>(Map.of(
            "web", "app_web", "api", "app_api", "status-consumer", "app_status",
            MIGRATION_SERVICE_ACCOUNT, MIGRATION_USER));
    /**
     * Cluster parameters: TLS required on every connection (Aurora PostgreSQL 16 defaults rds.force_ssl to 0), and
     * pg_cron loaded in the application database for the retention jobs (chapter 5).
     */
    public static final Map<String, String> CLUSTER_PARAMETERS = new TreeMap<>(Map.of(
            "rds.force_ssl", "1",
            "shared_preload_libraries", "pg_stat_statements,pg_cron",
            "cron.database_name", "proteomics"));
    /** Graviton4, the current memory-optimized generation Aurora PostgreSQL offers (db.r8g.large). */
    public static final InstanceType INSTANCE_TYPE = InstanceType.of(InstanceClass.MEMORY8_GRAVITON, InstanceSize.LARGE);
    /** Point-in-time recovery window (Aurora's maximum) and the daily AWS Backup copies. */
    public static final int PITR_DAYS = 35;
    /** Aurora PostgreSQL major version 16 (workspace.dsl), latest minor this CDK version knows. */
    public static final AuroraPostgresEngineVersion ENGINE_VERSION = AuroraPostgresEngineVersion.VER_16_13;

    private final Bucket inputBucket;
    private final Bucket resultsBucket;
    private final SecurityGroup proxySecurityGroup;
    private final SecurityGroup breakGlassSecurityGroup;
    private final Bucket accessLogs;
    private final ISecret databaseSecret;
    private final DatabaseProxy proxy;
    private final Bucket staticAssets;
    private final Role staticAssetsPublisher;
    private final Secret djangoSecretKey;

    public DataStack(Construct scope, String id, PlatformSettings settings, SecurityStack security, NetworkStack network) {
        super(scope, id, "Dados: buckets S3 de entrada e de resultados, Aurora PostgreSQL com RDS Proxy e backups.",
                PlatformSettings.WORKLOAD_REGION, settings);

        // The target of S3 server access logs must use SSE-S3 (SSE-KMS is not supported there).
        accessLogs = SecureBucket.accessLogs(this, "AccessLogsBucket", RESULTS_RETENTION_DAYS);

        // CloudFront standard logs need ACLs on their bucket (owner-preferred) and SSE-S3.
        Bucket edgeLogs = SecureBucket.sseS3Builder(this, "EdgeLogsBucket")
                .bucketName(edgeLogsBucketName(settings))
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("EdgeLogsBucket/")
                .lifecycleRules(List.of(SecureBucket.expireAfter("expire-edge-logs", INPUT_RETENTION_DAYS)))
                .build();
        Nag.suppress(edgeLogs, "HIPAA.Security-S3DefaultEncryptionKMS",
                "Os logs padrão do CloudFront exigem SSE-S3 e ACLs no bucket de destino.");
        inputBucket = SecureBucket.builder(this, "InputBucket", security.dataKey(), accessLogs)
                .bucketName(bucketName(settings, "input"))
                .versioned(true)
                .cors(List.of(CorsRule.builder()
                        .allowedOrigins(List.of("https://" + settings.domainName()))
                        .allowedMethods(List.of(HttpMethods.PUT, HttpMethods.POST))
                        .allowedHeaders(List.of("*"))
                        .exposedHeaders(List.of("ETag"))
                        .maxAge(3000)
                        .build()))
                .lifecycleRules(List.of(
                        // Each input is read by its analyses in the first days, then rarely: Intelligent-Tiering moves
                        // it to cheaper instant-access tiers with no retrieval fee, whatever the retention period. Objects
                        // under 128 KB (manifests, Map Run summaries) stay in Standard (the bucket's default minimum).
                        LifecycleRule.builder().id("expire-inputs-after-1-year")
                                .transitions(List.of(Transition.builder().storageClass(StorageClass.INTELLIGENT_TIERING)
                                        .transitionAfter(Duration.days(INPUT_TO_INTELLIGENT_TIERING_DAYS)).build()))
                                .expiration(Duration.days(INPUT_RETENTION_DAYS))
                                .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                                .abortIncompleteMultipartUploadAfter(Duration.days(ABORT_MULTIPART_DAYS))
                                .build(),
                        // S3 rejects ExpiredObjectDeleteMarker in a rule that also has an expiration age.
                        LifecycleRule.builder().id("remove-expired-delete-markers")
                                .expiredObjectDeleteMarker(true)
                                .build()))
                .build();

        // S3 → EventBridge (upload completed) set on the L1 bucket: the L2 option would add a custom-resource Lambda.
        ((CfnBucket) inputBucket.getNode().getDefaultChild()).setNotificationConfiguration(
                CfnBucket.NotificationConfigurationProperty.builder()
                        .eventBridgeConfiguration(CfnBucket.EventBridgeConfigurationProperty.builder().eventBridgeEnabled(true).build())
                        .build());

        resultsBucket = SecureBucket.builder(this, "ResultsBucket", security.dataKey(), accessLogs)
                .bucketName(bucketName(settings, "results"))
                .versioned(true)
                // Governance mode: results cannot be altered or deleted by accident; a privileged role may still
                // erase a data subject's results on request (LGPD) with s3:BypassGovernanceRetention.
                .objectLockEnabled(true)
                .objectLockDefaultRetention(ObjectLockRetention.governance(Duration.days(RESULTS_RETENTION_DAYS)))
                .transitionDefaultMinimumObjectSize(TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K)
                .lifecycleRules(List.of(
                        LifecycleRule.builder().id("keep-results-5-years-instantly-retrievable")
                                .transitions(List.of(
                                        Transition.builder().storageClass(StorageClass.INFREQUENT_ACCESS)
                                                .transitionAfter(Duration.days(RESULTS_TO_STANDARD_IA_DAYS)).build(),
                                        Transition.builder().storageClass(StorageClass.GLACIER_INSTANT_RETRIEVAL)
                                                .transitionAfter(Duration.days(RESULTS_TO_GLACIER_IR_DAYS)).build()))
                                .expiration(Duration.days(RESULTS_RETENTION_DAYS))
                                .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                                .abortIncompleteMultipartUploadAfter(Duration.days(ABORT_MULTIPART_DAYS))
                                .build(),
                        LifecycleRule.builder().id("remove-expired-delete-markers")
                                .expiredObjectDeleteMarker(true)
                                .build()))
                .build();

        StaticAssets assets = new StaticAssets(this, settings, accessLogs);
        staticAssets = assets.bucket();
        staticAssetsPublisher = assets.publisher();

        DataAccessTrail.create(this, security, accessLogs, inputBucket, resultsBucket);

        SecurityGroup databaseSecurityGroup = SecurityGroup.Builder.create(this, "DatabaseSecurityGroup")
                .vpc(network.vpc()).description("Aurora: aceita conexoes do RDS Proxy e do break-glass do DBA")
                .allowAllOutbound(false).build();
        proxySecurityGroup = SecurityGroup.Builder.create(this, "ProxySecurityGroup")
                .vpc(network.vpc()).description("RDS Proxy: aceita conexoes dos pods do EKS")
                .allowAllOutbound(false).build();
        databaseSecurityGroup.addIngressRule(proxySecurityGroup, Port.tcp(DATABASE_PORT), "RDS Proxy");
        proxySecurityGroup.addEgressRule(databaseSecurityGroup, Port.tcp(DATABASE_PORT), "Aurora");
        // Break-glass: a DBA's CloudShell VPC environment carrying this group reaches the writer directly, as the
        // master user, so the path does not depend on the proxy it may have to repair (chapter 7). Nothing else uses it.
        breakGlassSecurityGroup = SecurityGroup.Builder.create(this, "DatabaseBreakGlassSecurityGroup")
                .vpc(network.vpc()).securityGroupName("proteomics-db-break-glass")
                .description("Break-glass do DBA: ambiente VPC do CloudShell ate o Aurora, porta 5432, usuario mestre")
                .allowAllOutbound(false).build();
        databaseSecurityGroup.addIngressRule(breakGlassSecurityGroup, Port.tcp(DATABASE_PORT), "Break-glass do DBA (CloudShell)");
        breakGlassSecurityGroup.addEgressRule(databaseSecurityGroup, Port.tcp(DATABASE_PORT), "Aurora");

        IClusterEngine engine = DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                .version(ENGINE_VERSION).build());
        ParameterGroup clusterParameters = ParameterGroup.Builder.create(this, "ClusterParameters")
                .engine(engine)
                .description("Aurora PostgreSQL 16 da plataforma: TLS obrigatorio e pg_cron para os jobs de retencao")
                .parameters(CLUSTER_PARAMETERS)
                .build();
        DatabaseCluster database = DatabaseCluster.Builder.create(this, "Database")
                .engine(engine)
                .parameterGroup(clusterParameters)
                // RDS keeps the master password in Secrets Manager and rotates it (every 7 days by default).
                .credentials(Credentials.fromUsername("proteomics_admin"))
                .manageMasterUserPassword(true)
                .defaultDatabaseName("proteomics")
                .clusterIdentifier(CLUSTER_IDENTIFIER)
                .writer(ClusterInstance.provisioned("Writer", instance(settings.availabilityZones().get(0))))
                .readers(List.of(ClusterInstance.provisioned("Reader", instance(settings.availabilityZones().get(1)))))
                .vpc(network.vpc())
                .vpcSubnets(NetworkStack.dataSubnets())
                .securityGroups(List.of(databaseSecurityGroup))
                .storageEncrypted(true)
                .storageEncryptionKey(security.dataKey())
                .backup(BackupProps.builder().retention(Duration.days(PITR_DAYS)).preferredWindow("05:00-06:00").build())
                .deletionProtection(true)
                .iamAuthentication(true)
                .cloudwatchLogsExports(List.of("postgresql"))
                // CloudWatch Database Insights, Standard mode (the former Performance Insights, 7 days of history).
                .databaseInsightsMode(DatabaseInsightsMode.STANDARD)
                .enablePerformanceInsights(true)
                .performanceInsightEncryptionKey(security.dataKey())
                .monitoringInterval(Duration.seconds(60))
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();
        CfnDBCluster cfnDatabase = (CfnDBCluster) database.getNode().getDefaultChild();
        cfnDatabase.addPropertyOverride("MasterUserSecret.KmsKeyId", security.dataKey().getKeyArn());
        Nag.suppress(database, "AwsSolutions-RDS11",
                "Porta padrão 5432 mantida: o banco fica em sub-redes isoladas e só aceita o RDS Proxy; trocar a porta não acrescenta segurança real.");
        for (String instance : List.of("Writer", "Reader")) {
            Nag.suppress(database.getNode().findChild(instance), "HIPAA.Security-RDSInBackupPlan",
                    "O plano do AWS Backup seleciona o cluster Aurora inteiro (ARN do cluster), que inclui esta instância.");
        }
        // RDS Proxy opens the cluster's port (a CloudFormation attribute, unknown at synthesis) to the proxy's group.
        acknowledgeNamedAvailabilityZones();
        Nag.suppress(database, "AwsSolutions-IAM4",
                "Papel do Enhanced Monitoring usa a política gerenciada AmazonRDSEnhancedMonitoringRole, a indicada pela AWS para esse serviço.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"));

        // The pods and the migration Job connect through RDS Proxy with IAM tokens, and the proxy reaches Aurora with IAM
        // too (end-to-end IAM authentication): no application password exists anywhere. The RDS-managed master secret
        // (rotated every 7 days) serves only the one-time database provisioning and the DBA's break-glass path.
        databaseSecret = Secret.fromSecretCompleteArn(this, "MasterUserSecret", cfnDatabase.getAttrMasterUserSecretSecretArn());
        // End-to-end IAM: the proxy itself logs in to Aurora as each application user with an IAM token.
        Role proxyRole = Role.Builder.create(this, "DatabaseProxyRole")
                .assumedBy(new ServicePrincipal("rds.amazonaws.com"))
                .description("RDS Proxy: conecta ao Aurora com autenticação IAM como cada usuário de aplicação")
                .build();
        proxyRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("rds-db:connect"))
                .resources(DATABASE_USERS.values().stream().map(user -> "arn:" + Aws.PARTITION + ":rds-db:" + Aws.REGION + ":"
                        + Aws.ACCOUNT_ID + ":dbuser:" + cfnDatabase.getAttrDbClusterResourceId() + "/" + user).toList())
                .build());
        proxy = DatabaseProxy.Builder.create(this, "DatabaseProxy")
                .role(proxyRole)
                .dbProxyName(PROXY_NAME)
                .proxyTarget(ProxyTarget.fromCluster(database))
                .defaultAuthScheme(DefaultAuthScheme.IAM_AUTH)
                .iamAuth(true)
                .vpc(network.vpc())
                .vpcSubnets(NetworkStack.appSubnets())
                .securityGroups(List.of(proxySecurityGroup))
                .requireTls(true)
                .build();

        // Suppressed after the proxy exists: it adds that rule to the database's security group.
        Nag.suppress(databaseSecurityGroup, "CdkNagValidationFailure",
                "A regra que o RDS Proxy criou usa a porta do cluster como atributo do CloudFormation (5432), aberta só ao security group do proxy.",
                List.of("HIPAA.Security-EC2RestrictedSSH", "HIPAA.Security-EC2RestrictedCommonPorts"));

        // Django's SECRET_KEY, read by External Secrets as proteomics/web/django-secret-key.
        djangoSecretKey = Secret.Builder.create(this, "DjangoSecretKey")
                .secretName("proteomics/web/django-secret-key")
                .encryptionKey(security.dataKey())
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .build();
        for (String rule : List.of("AwsSolutions-SMG4", "HIPAA.Security-SecretsManagerRotationEnabled")) {
            Nag.suppress(djangoSecretKey, rule,
                    "SECRET_KEY do Django não tem rotação automática: trocá-la invalida sessões; a troca é manual e planejada com SECRET_KEY_FALLBACKS.");
        }

        BackupVault vault = DatabaseBackup.create(this, settings, security, database);

        output("InputBucketName", inputBucket.getBucketName(), "Bucket de entrada (arquivos por proteína, 1 ano).");
        output("ResultsBucketName", resultsBucket.getBucketName(), "Bucket de resultados (5 anos, recuperação imediata).");
        output("DatabaseClusterId", database.getClusterIdentifier(), "Cluster Aurora PostgreSQL.");
        output("DatabaseProxyEndpoint", proxy.getEndpoint(), "Endpoint do RDS Proxy usado pela API e pelo consumidor de status.");
        output("DatabaseSecretArn", databaseSecret.getSecretArn(), "Senha mestre do Aurora gerenciada pelo RDS (rotação a cada 7 dias): só o provisionamento do banco e o break-glass do DBA.");
        // The group the cluster is bound to (binding again returns the same CloudFormation resource).
        output("DatabaseClusterParameterGroup", clusterParameters.bindToCluster(ParameterGroupClusterBindOptions.builder().build())
                .getParameterGroupName(), "Grupo de parâmetros do cluster (rds.force_ssl e pg_cron).");
        output("DatabaseBreakGlassSecurityGroupId", breakGlassSecurityGroup.getSecurityGroupId(),
                "Security group do ambiente VPC do CloudShell do DBA em break-glass: só a porta 5432 do Aurora.");
        output("DatabaseWriterEndpoint", database.getClusterEndpoint().getHostname(), "Endpoint do writer do Aurora (só o break-glass do DBA).");
        output("StaticAssetsBucketName", staticAssets.getBucketName(), "Bucket dos arquivos /static do Django, lido pelo CloudFront via OAC.");
        output("BackupVaultName", vault.getBackupVaultName(), "Cofre do AWS Backup com Vault Lock (compliance).");
        verifiedBy(
                "aws s3api get-bucket-lifecycle-configuration --bucket {{InputBucketName}}",
                "aws s3api get-bucket-lifecycle-configuration --bucket {{ResultsBucketName}}",
                "aws s3api get-object-lock-configuration --bucket {{ResultsBucketName}}",
                "aws s3api get-public-access-block --bucket {{ResultsBucketName}}",
                "aws rds describe-db-clusters --region sa-east-1 --db-cluster-identifier {{DatabaseClusterId}} --query 'DBClusters[0].[EngineVersion,MultiAZ,StorageEncrypted,BackupRetentionPeriod]'",
                "aws rds describe-db-clusters --region sa-east-1 --db-cluster-identifier {{DatabaseClusterId}} --query 'DBClusters[0].[MasterUserSecret.SecretStatus,DBClusterMembers[].IsClusterWriter]'",
                "aws rds describe-db-cluster-parameters --region sa-east-1 --db-cluster-parameter-group-name {{DatabaseClusterParameterGroup}} --source user --query 'Parameters[].[ParameterName,ParameterValue]'",
                "aws rds describe-db-proxies --region sa-east-1 --db-proxy-name " + PROXY_NAME + " --query 'DBProxies[0].[RequireTLS,DefaultAuthScheme,Status]'",
                "aws backup describe-backup-vault --region sa-east-1 --backup-vault-name {{BackupVaultName}} --query '[Locked,MinRetentionDays,MaxRetentionDays]'",
                "aws secretsmanager describe-secret --region sa-east-1 --secret-id {{DatabaseSecretArn}} --query '[RotationEnabled,RotationRules]'");
    }

    /** The CloudFront distribution (edge stack, us-east-1) writes its logs here, found by this name. */
    public static String edgeLogsBucketName(PlatformSettings settings) {
        return bucketName(settings, "edge-logs");
    }

    /** Django's static files; the edge stack (us-east-1) names it as the CloudFront origin for /static/*. */
    public static String staticAssetsBucketName(PlatformSettings settings) {
        return bucketName(settings, "static");
    }

    /** Bucket names are global: the account id keeps them unique, the environment tells staging from prod. */
    private static String bucketName(PlatformSettings settings, String purpose) {
        return "proteomics-" + settings.environment() + "-" + purpose + "-" + Aws.ACCOUNT_ID;
    }

    private static ProvisionedClusterInstanceProps instance(String availabilityZone) {
        return ProvisionedClusterInstanceProps.builder()
                .instanceType(INSTANCE_TYPE)
                .availabilityZone(availabilityZone)
                .enablePerformanceInsights(true)
                .build();
    }

    public Bucket inputBucket() {
        return inputBucket;
    }

    public Bucket resultsBucket() {
        return resultsBucket;
    }

    public SecurityGroup proxySecurityGroup() {
        return proxySecurityGroup;
    }

    /** The group a DBA's CloudShell VPC environment carries to reach the writer in a break-glass session. */
    public SecurityGroup breakGlassSecurityGroup() {
        return breakGlassSecurityGroup;
    }

    public DatabaseProxy proxy() {
        return proxy;
    }

    public Bucket staticAssetsBucket() {
        return staticAssets;
    }

    public Bucket accessLogsBucket() {
        return accessLogs;
    }

    /** The RDS-managed master user secret (username and password), rotated by RDS. */
    public ISecret databaseSecret() {
        return databaseSecret;
    }

    public Secret djangoSecretKey() {
        return djangoSecretKey;
    }
}
