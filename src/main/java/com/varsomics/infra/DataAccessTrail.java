package com.varsomics.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudtrail.ReadWriteType;
import software.amazon.awscdk.services.cloudtrail.S3EventSelector;
import software.amazon.awscdk.services.cloudtrail.Trail;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.LifecycleRule;

import java.util.List;

/** Who read or wrote sample data (LGPD accountability), for {@link DataStack}; management events come from the organization trail. */
final class DataAccessTrail {

    private DataAccessTrail() {
    }

    static Trail create(Stack stack, SecurityStack security, Bucket accessLogs, Bucket inputBucket, Bucket resultsBucket) {
        Trail dataAccessTrail = Trail.Builder.create(stack, "DataAccessTrail")
                .bucket(SecureBucket.builder(stack, "AuditBucket", security.logsKey(), accessLogs)
                        .versioned(true)
                        .lifecycleRules(List.of(LifecycleRule.builder().id("keep-audit-5-years")
                                .expiration(Duration.days(DataStack.RESULTS_RETENTION_DAYS))
                                .noncurrentVersionExpiration(Duration.days(DataStack.NONCURRENT_VERSION_DAYS))
                                .build()))
                        .build())
                .encryptionKey(security.logsKey())
                .sendToCloudWatchLogs(true)
                .cloudWatchLogGroup(LogGroup.Builder.create(stack, "DataAccessTrailLogs")
                        .retention(PlatformStack.LOG_RETENTION)
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
        return dataAccessTrail;
    }
}
