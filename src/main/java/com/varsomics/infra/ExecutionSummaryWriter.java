package com.varsomics.infra;

import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.OutputType;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2Props;
import software.amazon.awscdk.services.stepfunctions.Transformation;
import software.amazon.awscdk.services.stepfunctions.WriterConfig;

import java.util.List;
import java.util.Map;

/**
 * The Distributed Map's ResultWriter: the Map Run summary goes to {@link #WorkflowStack.EXECUTION_SUMMARY_PREFIX} in the input
 * bucket, one folder per execution (the analysis id). Its S3 permissions are scoped to that prefix; the CDK's own
 * statement would allow s3:PutObject on the whole bucket.
 */
final class ExecutionSummaryWriter extends ResultWriterV2 {

    private final IBucket bucket;

    ExecutionSummaryWriter(IBucket bucket) {
        super(ResultWriterV2Props.builder()
                .bucket(bucket)
                .prefix(JsonPath.format(WorkflowStack.EXECUTION_SUMMARY_PREFIX + "{}", JsonPath.getExecutionName()))
                // COMPACT: smaller files; failed child executions are still written whole (status, error, cause).
                .writerConfig(WriterConfig.Builder.create().outputType(OutputType.JSON).transformation(Transformation.COMPACT).build())
                .build());
        this.bucket = bucket;
    }

    /** The actions AWS documents for ResultWriter, on the summary prefix only. */
    @Override
    public List<PolicyStatement> providePolicyStatements() {
        return List.of(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"))
                .resources(List.of(bucket.arnForObjects(WorkflowStack.EXECUTION_SUMMARY_PREFIX + "*")))
                .build());
    }
}
