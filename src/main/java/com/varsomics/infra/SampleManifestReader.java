package com.varsomics.infra;

import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.S3FileItemReaderProps;
import software.amazon.awscdk.services.stepfunctions.S3JsonItemReader;

import java.util.List;
import java.util.Map;

/**
 * The Distributed Map's ItemReader: the sample's manifest, whose key the execution input names. Its S3 permission
 * is scoped to the manifests; the CDK's own statement would allow s3:GetObject on every object of the bucket,
 * including the protein files the state machine never needs to read.
 */
final class SampleManifestReader extends S3JsonItemReader {

    private final IBucket bucket;

    SampleManifestReader(IBucket bucket) {
        super(S3FileItemReaderProps.builder().bucket(bucket).key(JsonPath.stringAt("$.manifestKey")).build());
        this.bucket = bucket;
    }

    @Override
    public List<PolicyStatement> providePolicyStatements() {
        return List.of(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects(WorkflowStack.SAMPLE_MANIFESTS)))
                .build());
    }
}
