package com.varsomics.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the document promises about data: retention, storage classes, encryption, public access, Aurora Multi-AZ. */
class DataStackIT {

    private final Template data = SynthesizedTemplates.of("Proteomics-Data");

    @Test
    void inputBucket_MovesObjectsToIntelligentTieringAtOnce_ExpiresThemAfter365Days_CleansNoncurrentVersionsAndDeleteMarkers_AndAbortsMultipartUploads() {
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", Match.objectLike(Map.of()),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "NotificationConfiguration", Map.of("EventBridgeConfiguration", Map.of("EventBridgeEnabled", true)),
                "LifecycleConfiguration", Map.of("Rules", List.of(
                        Map.of("Id", "expire-inputs-after-1-year", "Status", "Enabled",
                                "Transitions", List.of(Map.of("StorageClass", "INTELLIGENT_TIERING", "TransitionInDays", 0)),
                                "ExpirationInDays", 365,
                                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 7),
                                "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7)),
                        Map.of("Id", "remove-expired-delete-markers", "Status", "Enabled", "ExpiredObjectDeleteMarker", true)))));
    }

    @Test
    void resultsBucket_KeepsResults1827DaysInInstantlyRetrievableClasses_WithVersioningAndObjectLock() {
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "ObjectLockEnabled", true,
                "ObjectLockConfiguration", Map.of("ObjectLockEnabled", "Enabled",
                        "Rule", Map.of("DefaultRetention", Map.of("Mode", "GOVERNANCE", "Days", 1827))),
                "LifecycleConfiguration", Map.of(
                        "TransitionDefaultMinimumObjectSize", "all_storage_classes_128K",
                        "Rules", Match.arrayWith(List.of(Map.of(
                                "Id", "keep-results-5-years-instantly-retrievable", "Status", "Enabled",
                                "Transitions", List.of(
                                        Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30),
                                        Map.of("StorageClass", "GLACIER_IR", "TransitionInDays", 90)),
                                "ExpirationInDays", 1827,
                                "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 7),
                                "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7)))))));
    }

    @Test
    void noBucket_MovesObjectsToClassesThatNeedARestore() {
        assertThat(SynthesizedTemplates.json(data)).contains("\"StorageClass\":\"GLACIER_IR\"")
                .doesNotContain("DEEP_ARCHIVE").doesNotContain("\"StorageClass\":\"GLACIER\"");
    }

    @Test
    void inputAndResultsBuckets_BlockPublicAccess_UseSseKms_AndLogAccess() {
        Map<String, Object> secured = Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "BucketKeyEnabled", true,
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "aws:kms", "KMSMasterKeyID", Match.anyValue())))),
                "LoggingConfiguration", Map.of("DestinationBucketName", Match.anyValue(), "LogFilePrefix", Match.anyValue()));
        assertThat(data.findResources("AWS::S3::Bucket", Map.of("Properties", Match.objectLike(secured))))
                .containsKeys(logicalIdStartingWith("InputBucket"), logicalIdStartingWith("ResultsBucket"));
    }

    @Test
    void everyBucket_DeniesRequestsWithoutTls() {
        int buckets = data.findResources("AWS::S3::Bucket", Map.of()).size();
        Object denyWithoutTls = Match.objectLike(Map.of("Effect", "Deny",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        data.resourcePropertiesCountIs("AWS::S3::BucketPolicy",
                Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(denyWithoutTls))))), buckets);
    }

    @Test
    void aurora_IsPostgres16_WithAR8gLargeWriterAndReaderInDifferentAzs_EncryptedWith35DaysOfPitrAndManagedCredentials() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql",
                "EngineVersion", Match.stringLikeRegexp("^16\\."),
                "StorageEncrypted", true,
                "KmsKeyId", Match.anyValue(),
                "ManageMasterUserPassword", true,
                "MasterUserSecret", Map.of("KmsKeyId", Match.anyValue()),
                "BackupRetentionPeriod", 35,
                "DeletionProtection", true,
                "EnableIAMDatabaseAuthentication", true));
        data.resourceCountIs("AWS::RDS::DBInstance", 2);
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of("AvailabilityZone", "sa-east-1a", "PromotionTier", 0,
                "DBInstanceClass", "db.r8g.large"));
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of("AvailabilityZone", "sa-east-1b", "DBInstanceClass", "db.r8g.large"));
    }

    @Test
    void aurora_IsMonitoredByCloudWatchDatabaseInsightsInStandardMode() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of("DatabaseInsightsMode", "standard",
                "PerformanceInsightsEnabled", true));
    }

    @Test
    void aurora_UsesItsOwnClusterParameterGroup_ThatForcesTls_AndLoadsPgCronInTheApplicationDatabase() {
        Map<String, Map<String, Object>> groups = data.findResources("AWS::RDS::DBClusterParameterGroup", Map.of(
                "Properties", Match.objectLike(Map.of("Family", "aurora-postgresql16", "Parameters", Map.of(
                        "rds.force_ssl", "1",
                        "shared_preload_libraries", "pg_stat_statements,pg_cron",
                        "cron.database_name", "proteomics")))));
        assertThat(groups).hasSize(1);
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of("DBClusterParameterGroupName",
                Map.of("Ref", groups.keySet().iterator().next())));
    }

    @Test
    void rdsProxy_RequiresTlsAndEndToEndIamAuthentication_AsOneDatabaseUserPerWorkload_AndTheMigrationUser() {
        data.hasResourceProperties("AWS::RDS::DBProxy", Map.of("EngineFamily", "POSTGRESQL", "RequireTLS", true,
                "DefaultAuthScheme", "IAM_AUTH"));
        String proxyRolePolicy = SynthesizedTemplates.json(Template.fromJSON(Map.of("Resources",
                data.findResources("AWS::IAM::Policy", Map.of("Properties", Match.objectLike(Map.of(
                        "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                                "Action", "rds-db:connect")))))))))))));
        for (String user : List.of("app_web", "app_api", "app_status", "app_migrator")) {
            assertThat(proxyRolePolicy).contains("/" + user + "\"");
        }
    }

    @Test
    void migrationJob_HasItsOwnPodIdentityRole_AllowedToConnectThroughTheProxyOnlyAsTheMigrationUser() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        compute.hasResourceProperties("AWS::EKS::PodIdentityAssociation", Map.of("Namespace", "proteomics",
                "ServiceAccount", "db-migrate", "RoleArn", Match.anyValue()));
        Map<String, Map<String, Object>> roles = compute.findResources("AWS::IAM::Role", Map.of("Properties",
                Match.objectLike(Map.of("RoleName", "proteomics-db-migrate"))));
        assertThat(roles).hasSize(1);
        String role = roles.keySet().iterator().next();
        Map<String, Map<String, Object>> policies = compute.findResources("AWS::IAM::Policy", Map.of("Properties",
                Match.objectLike(Map.of("Roles", List.of(Map.of("Ref", role))))));
        assertThat(policies).hasSize(1);
        String policy = SynthesizedTemplates.json(Template.fromJSON(Map.of("Resources", policies)));
        assertThat(policy).contains("\"Action\":\"rds-db:connect\"").contains("/app_migrator\"")
                .doesNotContain("app_web").doesNotContain("app_api").doesNotContain("app_status");
        // No application role may connect as the migration user.
        String others = SynthesizedTemplates.json(Template.fromJSON(Map.of("Resources", compute.findResources("AWS::IAM::Policy",
                Map.of("Properties", Match.objectLike(Map.of("Roles", Match.not(Match.exact(List.of(Map.of("Ref", role)))))))))));
        assertThat(others).doesNotContain("/app_migrator\"");
    }

    @Test
    void breakGlassSecurityGroup_OnlyReachesTheDatabasePort_AndIsTheOnlyGroupBesidesTheProxyThatAuroraAdmits() {
        Map<String, Map<String, Object>> breakGlass = data.findResources("AWS::EC2::SecurityGroup", Map.of("Properties",
                Match.objectLike(Map.of("GroupName", "proteomics-db-break-glass"))));
        assertThat(breakGlass).hasSize(1);
        String breakGlassId = breakGlass.keySet().iterator().next();
        assertThat(SynthesizedTemplates.json(Template.fromJSON(Map.of("Resources", breakGlass))))
                .doesNotContain("0.0.0.0/0").doesNotContain("SecurityGroupIngress");
        Map<String, Map<String, Object>> databaseIngress = data.findResources("AWS::EC2::SecurityGroupIngress", Map.of(
                "Properties", Match.objectLike(Map.of("Description", Match.stringLikeRegexp(".*")))));
        List<Object> sources = databaseIngress.values().stream()
                .<Object>map(rule -> ((Map<?, ?>) rule.get("Properties")).get("SourceSecurityGroupId")).toList();
        assertThat(sources).contains(Map.of("Fn::GetAtt", List.of(breakGlassId, "GroupId")));
        data.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Map.of("GroupId", Map.of("Fn::GetAtt", List.of(breakGlassId, "GroupId")),
                "IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432));
        assertThat(data.findResources("AWS::EC2::SecurityGroupEgress", Map.of("Properties", Match.objectLike(Map.of(
                "GroupId", Map.of("Fn::GetAtt", List.of(breakGlassId, "GroupId"))))))).hasSize(1);
    }

    @Test
    void awsBackup_KeepsDailyCopies35DaysAndMonthlyCopies1827Days_InAVaultLockedInComplianceMode() {
        data.hasResourceProperties("AWS::Backup::BackupPlan", Map.of("BackupPlan", Map.of("BackupPlanRule", Match.arrayWith(List.of(
                Match.objectLike(Map.of("RuleName", "daily-35-days", "Lifecycle", Map.of("DeleteAfterDays", 35))),
                Match.objectLike(Map.of("RuleName", "monthly-5-years", "Lifecycle", Map.of("DeleteAfterDays", 1827))))))));
        data.hasResourceProperties("AWS::Backup::BackupVault", Map.of("LockConfiguration",
                Map.of("MinRetentionDays", 35, "MaxRetentionDays", 1827, "ChangeableForDays", 3)));
    }

    @Test
    void staticAssetsBucket_IsPrivate_AndReadableOnlyByThisAccountsCloudFrontDistributions() {
        Object cloudFrontRead = Match.objectLike(Map.of("Effect", "Allow",
                "Principal", Map.of("Service", "cloudfront.amazonaws.com"),
                "Action", "s3:GetObject",
                "Condition", Match.objectLike(Map.of("ArnLike", Match.anyValue()))));
        data.hasResourceProperties("AWS::S3::BucketPolicy",
                Map.of("PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(cloudFrontRead))))));
    }

    private String logicalIdStartingWith(String prefix) {
        return data.findResources("AWS::S3::Bucket", Map.of()).keySet().stream()
                .filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }
}
