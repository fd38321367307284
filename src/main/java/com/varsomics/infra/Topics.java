package com.varsomics.infra;

import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/** SNS topics of the platform: encrypted with a customer-managed key, reachable over TLS only. */
final class Topics {

    private Topics() {
    }

    static Topic encrypted(Construct scope, String id, String topicName, IKey key) {
        return Topic.Builder.create(scope, id)
                .topicName(topicName)
                .masterKey(key)
                .enforceSsl(true)
                .build();
    }
}
