package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: S3 lifecycle, Object Lock, public access block and the AWS Backup vault (data stack). */
final class StorageResults {

    private StorageResults() {
    }

    static List<String> bucketLifecycle(AwsCommand c, Template t) {
        JsonNode lifecycle = properties(t, c.outputTarget(t)).path("LifecycleConfiguration");
        JsonNode rules = lifecycle.path("Rules");
        if (rules.isEmpty()) {
            throw new IllegalStateException("the bucket has no lifecycle rules");
        }
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + rules.size() + (rules.size() == 1 ? " regra" : " regras") + " com Status Enabled:");
        for (JsonNode rule : rules) {
            List<String> parts = new ArrayList<>();
            if (rule.has("Transitions")) {
                parts.add("transição para " + stream(rule.path("Transitions"))
                        .map(tr -> tr.path("StorageClass").asText() + " aos " + tr.path("TransitionInDays").asInt() + " dias")
                        .collect(Collectors.joining(" e ")));
            }
            if (rule.has("ExpirationInDays")) {
                parts.add("expira aos " + rule.path("ExpirationInDays").asInt() + " dias");
            }
            if (rule.has("NoncurrentVersionExpiration")) {
                parts.add("versões não correntes apagadas após " + rule.path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt() + " dias");
            }
            if (rule.has("AbortIncompleteMultipartUpload")) {
                parts.add("multipart incompleto abortado após " + rule.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt() + " dias");
            }
            if (rule.path("ExpiredObjectDeleteMarker").asBoolean(false)) {
                parts.add("remove marcadores de exclusão sem versões");
            }
            lines.add("  " + rule.path("Id").asText() + ": " + String.join("; ", parts));
        }
        if (lifecycle.has("TransitionDefaultMinimumObjectSize")) {
            lines.add("  TransitionDefaultMinimumObjectSize: " + lifecycle.path("TransitionDefaultMinimumObjectSize").asText());
        }
        return lines;
    }

    static List<String> objectLock(AwsCommand c, Template t) {
        JsonNode lock = properties(t, c.outputTarget(t)).path("ObjectLockConfiguration");
        if (lock.isMissingNode()) {
            throw new IllegalStateException("the bucket has no Object Lock configuration");
        }
        JsonNode retention = lock.path("Rule").path("DefaultRetention");
        return List.of("esperado: ObjectLockEnabled " + lock.path("ObjectLockEnabled").asText()
                + "; retenção padrão " + retention.path("Mode").asText() + " de " + retention.path("Days").asInt() + " dias");
    }

    static List<String> publicAccessBlock(AwsCommand c, Template t) {
        JsonNode block = properties(t, c.outputTarget(t)).path("PublicAccessBlockConfiguration");
        List<String> settings = List.of("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets");
        List<String> off = settings.stream().filter(s -> !block.path(s).asBoolean(false)).toList();
        return List.of(off.isEmpty() ? "esperado: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy e RestrictPublicBuckets true"
                : "esperado: " + String.join(", ", off) + " false (bloqueio incompleto)");
    }

    static List<String> backupVault(AwsCommand c, Template t) {
        JsonNode lock = properties(t, c.outputTarget(t)).path("LockConfiguration");
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("Locked", () -> Value.json(String.valueOf(!lock.isMissingNode())));
        fields.put("MinRetentionDays", () -> Value.json(lock.path("MinRetentionDays").asText("null")));
        fields.put("MaxRetentionDays", () -> Value.json(lock.path("MaxRetentionDays").asText("null")));
        List<String> lines = new ArrayList<>(fields(c, fields));
        if (lock.has("ChangeableForDays")) {
            lines.add("obs.: LockDate = criação + " + lock.path("ChangeableForDays").asInt()
                    + " dias; depois dessa data o Vault Lock (compliance) não pode mais ser alterado nem removido");
        }
        return lines;
    }
}
