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
    void inputBucket_ExpiresObjectsAfter365Days_CleansNoncurrentVersionsAndDeleteMarkers_AndAbortsMultipartUploads() {
        data.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "BucketName", Match.objectLike(Map.of()),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "NotificationConfiguration", Map.of("EventBridgeConfiguration", Map.of("EventBridgeEnabled", true)),
                "LifecycleConfiguration", Map.of("Rules", List.of(
                        Map.of("Id", "expire-inputs-after-1-year", "Status", "Enabled",
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
    void aurora_IsPostgres16_WithAR6gLargeWriterAndReaderInDifferentAzs_EncryptedWith35DaysOfPitrAndManagedCredentials() {
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
                "DBInstanceClass", "db.r6g.large"));
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of("AvailabilityZone", "sa-east-1b", "DBInstanceClass", "db.r6g.large"));
    }

    @Test
    void rdsProxy_RequiresTlsAndEndToEndIamAuthentication_AsOneDatabaseUserPerWorkload() {
        data.hasResourceProperties("AWS::RDS::DBProxy", Map.of("EngineFamily", "POSTGRESQL", "RequireTLS", true,
                "DefaultAuthScheme", "IAM_AUTH"));
        String json = SynthesizedTemplates.json(data);
        for (String user : List.of("app_web", "app_api", "app_status")) {
            assertThat(json).contains("/" + user + "\"");
        }
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
