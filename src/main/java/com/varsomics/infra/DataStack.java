package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.backup.BackupPlan;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupSelectionOptions;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.cloudtrail.ReadWriteType;
import software.amazon.awscdk.services.cloudtrail.S3EventSelector;
import software.amazon.awscdk.services.cloudtrail.Trail;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;
import software.amazon.awscdk.services.rds.ProxyTarget;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
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
    /** Standard-IA has a 30-day minimum storage duration and lifecycle cannot move objects there earlier. */
    public static final int RESULTS_TO_STANDARD_IA_DAYS = 30;
    /** Glacier Instant Retrieval: millisecond reads, 90-day minimum storage duration. */
    public static final int RESULTS_TO_GLACIER_IR_DAYS = 90;
    /** Overwritten or deleted versions are kept this long for recovery, then removed. */
    public static final int NONCURRENT_VERSION_DAYS = 30;
    /** Unfinished multipart uploads are billed until aborted. */
    public static final int ABORT_MULTIPART_DAYS = 7;
    public static final int DATABASE_PORT = 5432;
    /** Fixed names, so alarms and the Kubernetes configuration can name them. */
    public static final String CLUSTER_IDENTIFIER = "proteomics";
    public static final String PROXY_NAME = "proteomics";

    private final Bucket inputBucket;
    private final Bucket resultsBucket;
    private final SecurityGroup proxySecurityGroup;
    private final Bucket accessLogs;
    private final ISecret databaseSecret;
    private final Secret djangoSecretKey;

    public DataStack(Construct scope, String id, PlatformSettings settings, SecurityStack security, NetworkStack network) {
        super(scope, id, "Dados: buckets S3 de entrada e de resultados, Aurora PostgreSQL com RDS Proxy e backups.",
                PlatformSettings.WORKLOAD_REGION, settings);

        // The target of S3 server access logs must use SSE-S3 (SSE-KMS is not supported there).
        accessLogs = Bucket.Builder.create(this, "AccessLogsBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .encryption(BucketEncryption.S3_MANAGED)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-access-logs")
                        .expiration(Duration.days(RESULTS_RETENTION_DAYS))
                        .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(ABORT_MULTIPART_DAYS))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.suppress(accessLogs, "HIPAA.Security-S3DefaultEncryptionKMS",
                "O destino dos logs de acesso do S3 só aceita SSE-S3; os logs não contêm dados de amostras.");

        // CloudFront standard logs need ACLs on their bucket (owner-preferred) and SSE-S3.
        Bucket edgeLogs = Bucket.Builder.create(this, "EdgeLogsBucket")
                .bucketName(edgeLogsBucketName(settings))
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .encryption(BucketEncryption.S3_MANAGED)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("EdgeLogsBucket/")
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-edge-logs")
                        .expiration(Duration.days(INPUT_RETENTION_DAYS))
                        .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(ABORT_MULTIPART_DAYS))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
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
                        LifecycleRule.builder().id("expire-inputs-after-1-year")
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

        // Who read or wrote sample data (LGPD accountability); management events come from the organization trail.
        Trail dataAccessTrail = Trail.Builder.create(this, "DataAccessTrail")
                .bucket(SecureBucket.builder(this, "AuditBucket", security.logsKey(), accessLogs)
                        .versioned(true)
                        .lifecycleRules(List.of(LifecycleRule.builder().id("keep-audit-5-years")
                                .expiration(Duration.days(RESULTS_RETENTION_DAYS))
                                .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                                .build()))
                        .build())
                .encryptionKey(security.logsKey())
                .sendToCloudWatchLogs(true)
                .cloudWatchLogGroup(LogGroup.Builder.create(this, "DataAccessTrailLogs")
                        .retention(RetentionDays.ONE_YEAR)
                        .encryptionKey(security.logsKey())
                        .removalPolicy(RemovalPolicy.RETAIN)
                        .build())
                .enableFileValidation(true)
                .includeGlobalServiceEvents(false)
                .isMultiRegionTrail(false)
                .managementEvents(ReadWriteType.NONE)
                .build();
        dataAccessTrail.addS3EventSelector(List.of(
                S3EventSelector.builder().bucket(inputBucket).build(),
                S3EventSelector.builder().bucket(resultsBucket).build()));

        SecurityGroup databaseSecurityGroup = SecurityGroup.Builder.create(this, "DatabaseSecurityGroup")
                .vpc(network.vpc()).description("Aurora: aceita conexoes somente do RDS Proxy")
                .allowAllOutbound(false).build();
        proxySecurityGroup = SecurityGroup.Builder.create(this, "ProxySecurityGroup")
                .vpc(network.vpc()).description("RDS Proxy: aceita conexoes dos pods do EKS")
                .allowAllOutbound(false).build();
        databaseSecurityGroup.addIngressRule(proxySecurityGroup, Port.tcp(DATABASE_PORT), "RDS Proxy");
        proxySecurityGroup.addEgressRule(databaseSecurityGroup, Port.tcp(DATABASE_PORT), "Aurora");

        DatabaseCluster database = DatabaseCluster.Builder.create(this, "Database")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_17_7).build()))
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
                .backup(BackupProps.builder().retention(Duration.days(35)).preferredWindow("05:00-06:00").build())
                .deletionProtection(true)
                .iamAuthentication(true)
                .cloudwatchLogsExports(List.of("postgresql"))
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

        // The API and the status consumer connect through RDS Proxy with the RDS-managed secret, which External
        // Secrets copies into the pods; RDS rotates it and the proxy reads the current value.
        databaseSecret = Secret.fromSecretCompleteArn(this, "MasterUserSecret", cfnDatabase.getAttrMasterUserSecretSecretArn());
        Role proxyRole = Role.Builder.create(this, "DatabaseProxyRole")
                .assumedBy(new ServicePrincipal("rds.amazonaws.com"))
                .description("RDS Proxy: lê o segredo gerenciado do Aurora")
                .build();
        security.dataKey().grantDecrypt(proxyRole);
        DatabaseProxy proxy = DatabaseProxy.Builder.create(this, "DatabaseProxy")
                .role(proxyRole)
                .dbProxyName(PROXY_NAME)
                .proxyTarget(ProxyTarget.fromCluster(database))
                .secrets(List.of(databaseSecret))
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

        BackupVault vault = BackupVault.Builder.create(this, "BackupVault")
                .encryptionKey(security.dataKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        BackupPlan plan = BackupPlan.Builder.create(this, "BackupPlan")
                .backupVault(vault)
                .backupPlanRules(List.of(
                        BackupPlanRule.Builder.create().ruleName("daily-35-days")
                                .scheduleExpression(Schedule.cron(cron("6", "*", "*")))
                                .deleteAfter(Duration.days(35)).build(),
                        // Analyses and their owners are kept as long as the results they describe.
                        BackupPlanRule.Builder.create().ruleName("monthly-5-years")
                                .scheduleExpression(Schedule.cron(cron("7", "1", "*")))
                                .deleteAfter(Duration.days(RESULTS_RETENTION_DAYS)).build()))
                .build();
        plan.addSelection("Aurora", BackupSelectionOptions.builder()
                .resources(List.of(BackupResource.fromArn(database.getClusterArn())))
                .build());
        Nag.suppress(plan, "AwsSolutions-IAM4",
                "O papel de seleção do AWS Backup usa a política gerenciada AWSBackupServiceRolePolicyForBackup, recomendada pela AWS.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"));

        output("InputBucketName", inputBucket.getBucketName(), "Bucket de entrada (arquivos por proteína, 1 ano).");
        output("ResultsBucketName", resultsBucket.getBucketName(), "Bucket de resultados (5 anos, recuperação imediata).");
        output("DatabaseClusterId", database.getClusterIdentifier(), "Cluster Aurora PostgreSQL.");
        output("DatabaseProxyEndpoint", proxy.getEndpoint(), "Endpoint do RDS Proxy usado pela API e pelo consumidor de status.");
        output("DatabaseSecretArn", databaseSecret.getSecretArn(), "Segredo do Aurora gerenciado pelo RDS (rotação a cada 7 dias), lido pelo External Secrets.");
        verifiedBy(
                "aws s3api get-bucket-lifecycle-configuration --bucket {{InputBucketName}}",
                "aws s3api get-bucket-lifecycle-configuration --bucket {{ResultsBucketName}}",
                "aws s3api get-object-lock-configuration --bucket {{ResultsBucketName}}",
                "aws s3api get-public-access-block --bucket {{ResultsBucketName}}",
                "aws rds describe-db-clusters --region sa-east-1 --db-cluster-identifier {{DatabaseClusterId}} --query 'DBClusters[0].[MultiAZ,StorageEncrypted,BackupRetentionPeriod,MasterUserSecret.SecretStatus,DBClusterMembers[].IsClusterWriter]'",
                "aws secretsmanager describe-secret --region sa-east-1 --secret-id {{DatabaseSecretArn}} --query '[RotationEnabled,RotationRules]'");
    }

    /** The CloudFront distribution (edge stack, us-east-1) writes its logs here, found by this name. */
    public static String edgeLogsBucketName(PlatformSettings settings) {
        return bucketName(settings, "edge-logs");
    }

    /** Bucket names are global: the account id keeps them unique, the environment tells staging from prod. */
    private static String bucketName(PlatformSettings settings, String purpose) {
        return "proteomics-" + settings.environment() + "-" + purpose + "-" + Aws.ACCOUNT_ID;
    }

    private static ProvisionedClusterInstanceProps instance(String availabilityZone) {
        return ProvisionedClusterInstanceProps.builder()
                .instanceType(InstanceType.of(InstanceClass.MEMORY7_GRAVITON, InstanceSize.LARGE))
                .availabilityZone(availabilityZone)
                .enablePerformanceInsights(true)
                .build();
    }

    private static CronOptions cron(String hour, String day, String month) {
        return CronOptions.builder().minute("0").hour(hour).day(day).month(month).build();
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
