package com.varsomics.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

import java.util.List;

/**
 * The settings every bucket shares: public access blocked, TLS 1.2+ only, ACLs disabled, retained when the stack is
 * deleted. Data buckets add SSE-KMS with an S3 bucket key and server access logs; callers add versioning, lifecycle
 * and the rest.
 */
public final class SecureBucket {

    private SecureBucket() {
    }

    /** A data bucket: SSE-KMS with the given key and server access logs to {@code accessLogs}. */
    public static Bucket.Builder builder(Construct scope, String id, IKey key, IBucket accessLogs) {
        return common(scope, id)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(id + "/");
    }

    /** A versioned bucket with SSE-S3, for the few readers and writers that cannot use a customer-managed key. */
    public static Bucket.Builder sseS3Builder(Construct scope, String id) {
        return common(scope, id)
                .encryption(BucketEncryption.S3_MANAGED)
                .versioned(true);
    }

    /** The target of S3 server access logs, which only accepts SSE-S3; logs expire after {@code days}. */
    public static Bucket accessLogs(Construct scope, String id, int days) {
        Bucket bucket = sseS3Builder(scope, id)
                .lifecycleRules(List.of(expireAfter("expire-access-logs", days)))
                .build();
        Nag.suppress(bucket, "HIPAA.Security-S3DefaultEncryptionKMS",
                "O destino dos logs de acesso do S3 só aceita SSE-S3; os logs não contêm dados de amostras.");
        return bucket;
    }

    /** Current objects expire after {@code days}; overwritten versions and unfinished multipart uploads after a week. */
    public static LifecycleRule expireAfter(String id, int days) {
        return LifecycleRule.builder().id(id)
                .expiration(Duration.days(days))
                .noncurrentVersionExpiration(Duration.days(DataStack.NONCURRENT_VERSION_DAYS))
                .abortIncompleteMultipartUploadAfter(Duration.days(DataStack.ABORT_MULTIPART_DAYS))
                .build();
    }

    private static Bucket.Builder common(Construct scope, String id) {
        return Bucket.Builder.create(scope, id)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .removalPolicy(RemovalPolicy.RETAIN);
    }
}
