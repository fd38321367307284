package com.varsomics.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;

import java.util.List;
import java.util.Map;

/** Key-policy statements that let AWS services use a customer-managed key on the platform's behalf. */
final class KeyPolicies {

    private KeyPolicies() {
    }

    /** CloudWatch Logs encrypts log groups with the key; the condition limits it to this account's log groups. */
    static void allowCloudWatchLogs(Key key) {
        Stack stack = Stack.of(key);
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowCloudWatchLogs")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("logs." + stack.getRegion() + ".amazonaws.com")))
                .actions(List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"))
                .resources(List.of("*"))
                .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                        "arn:" + stack.getPartition() + ":logs:" + stack.getRegion() + ":" + stack.getAccount() + ":log-group:*")))
                .build());
    }

    /** CloudWatch alarms publish to encrypted SNS topics and EventBridge delivers to encrypted SQS queues. */
    static void allowAlarmsAndEvents(Key key) {
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowEventBridgeAndCloudWatchAlarms")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("events.amazonaws.com"), new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .build());
    }
}
