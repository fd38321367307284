package com.varsomics.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * The settings every data bucket shares: public access blocked, TLS 1.2+ only, SSE-KMS with an S3 bucket key, ACLs
 * disabled, server access logs, retained when the stack is deleted. Callers add versioning, lifecycle and the rest.
 */
public final class SecureBucket {

    private SecureBucket() {
    }

    public static Bucket.Builder builder(Construct scope, String id, IKey key, IBucket accessLogs) {
        return Bucket.Builder.create(scope, id)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(id + "/")
                .removalPolicy(RemovalPolicy.RETAIN);
    }
}
