package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.LifecycleRule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Django's collectstatic output for {@link DataStack}, served by CloudFront (/static/*) through Origin Access Control,
 * and the role the tooling account's pipeline uploads it with. SSE-S3: CSS and JavaScript only, and OAC with SSE-KMS
 * would open the data key to CloudFront.
 */
final class StaticAssets {

    private final Bucket bucket;
    private final Role publisher;

    StaticAssets(Stack stack, PlatformSettings settings, Bucket accessLogs) {
        bucket = SecureBucket.sseS3Builder(stack, "StaticAssetsBucket")
                .bucketName(DataStack.staticAssetsBucketName(settings))
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("StaticAssetsBucket/")
                .lifecycleRules(List.of(LifecycleRule.builder().id("expire-old-static-versions")
                        .noncurrentVersionExpiration(Duration.days(DataStack.NONCURRENT_VERSION_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(DataStack.ABORT_MULTIPART_DAYS))
                        .build()))
                .build();
        // The distribution lives in the edge stack (us-east-1): any distribution of this account, by the OAC's signature.
        bucket.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowCloudFrontOriginAccessControl")
                .principals(List.of(new ServicePrincipal("cloudfront.amazonaws.com")))
                .actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects("*")))
                .conditions(new TreeMap<>(Map.of(
                        "StringEquals", Map.of("AWS:SourceAccount", Aws.ACCOUNT_ID),
                        "ArnLike", Map.of("AWS:SourceArn", "arn:" + Aws.PARTITION + ":cloudfront::" + Aws.ACCOUNT_ID + ":distribution/*"))))
                .build());
        Nag.suppress(bucket, "HIPAA.Security-S3DefaultEncryptionKMS",
                "Arquivos estáticos públicos do Django (CSS/JS), sem dados pessoais; o CloudFront lê via OAC, que com SSE-KMS exigiria abrir a chave de dados.");
        // The pipeline (tooling account) uploads collectstatic's output with this role.
        publisher = Role.Builder.create(stack, "StaticAssetsPublisher")
                .roleName("proteomics-static-publisher")
                .description("Pipeline da conta de ferramentas: publica os arquivos /static do Django")
                .assumedBy(new AccountPrincipal(settings.toolingAccount()))
                .build();
        bucket.grantReadWrite(publisher);
        bucket.grantDelete(publisher);
        Nag.suppress(publisher, "AwsSolutions-IAM5",
                "Curingas gerados pelos grants do CDK (s3:GetObject*, s3:PutObject*, s3:DeleteObject*) restritos ao bucket de ativos estáticos.");
    }

    Bucket bucket() {
        return bucket;
    }

    Role publisher() {
        return publisher;
    }
}
