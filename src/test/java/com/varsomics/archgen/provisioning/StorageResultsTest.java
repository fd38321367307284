package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expected results of the S3 and AWS Backup checks, from hand-written templates. */
class StorageResultsTest {

    @Test
    void bucketLifecycle_DescribesEveryRule_InTemplateOrder() {
        Template bucket = Templates.withResource("AWS::S3::Bucket", """
                {"LifecycleConfiguration": {"TransitionDefaultMinimumObjectSize": "all_storage_classes_128K", "Rules": [
                  {"Id": "resultados", "Status": "Enabled", "ExpirationInDays": 1825,
                   "Transitions": [{"StorageClass": "STANDARD_IA", "TransitionInDays": 30}, {"StorageClass": "GLACIER_IR", "TransitionInDays": 90}]},
                  {"Id": "limpeza", "Status": "Enabled", "NoncurrentVersionExpiration": {"NoncurrentDays": 7},
                   "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}, "ExpiredObjectDeleteMarker": true}]}}
                """);

        assertThat(ExpectedResults.of("S", "aws s3api get-bucket-lifecycle-configuration --bucket {{Out}}", bucket)).containsExactly(
                "esperado: 2 regras com Status Enabled:",
                "  resultados: transição para STANDARD_IA aos 30 dias e GLACIER_IR aos 90 dias; expira aos 1825",
                "      dias",
                "  limpeza: versões não correntes apagadas após 7 dias; multipart incompleto abortado após 1 dias;",
                "      remove marcadores de exclusão sem versões",
                "  TransitionDefaultMinimumObjectSize: all_storage_classes_128K");
    }

    @Test
    void bucketLifecycle_FailsForABucketWithoutRules() {
        assertThatThrownBy(() -> ExpectedResults.of("S", "aws s3api get-bucket-lifecycle-configuration --bucket {{Out}}",
                Templates.withResource("AWS::S3::Bucket", "{}"))).hasMessageContaining("the bucket has no lifecycle rules");
    }

    @Test
    void objectLock_ReadsTheDefaultRetention() {
        Template bucket = Templates.withResource("AWS::S3::Bucket", """
                {"ObjectLockConfiguration": {"ObjectLockEnabled": "Enabled", "Rule": {"DefaultRetention": {"Mode": "COMPLIANCE", "Days": 35}}}}
                """);

        assertThat(ExpectedResults.of("S", "aws s3api get-object-lock-configuration --bucket {{Out}}", bucket))
                .containsExactly("esperado: ObjectLockEnabled Enabled; retenção padrão COMPLIANCE de 35 dias");
    }

    @Test
    void publicAccessBlock_IsCompleteOnlyWithAllFourSettings() {
        String command = "aws s3api get-public-access-block --bucket {{Out}}";

        assertThat(ExpectedResults.of("S", command, Templates.withResource("AWS::S3::Bucket", """
                {"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true,
                 "RestrictPublicBuckets": true}}""")))
                .containsExactly("esperado: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy e RestrictPublicBuckets true");
        assertThat(ExpectedResults.of("S", command, Templates.withResource("AWS::S3::Bucket", """
                {"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "IgnorePublicAcls": true}}""")))
                .containsExactly("esperado: BlockPublicPolicy, RestrictPublicBuckets false (bloqueio incompleto)");
    }

    @Test
    void backupVault_ReadsTheVaultLock_AndSaysWhenItBecomesImmutable() {
        Template vault = Templates.withResource("AWS::Backup::BackupVault", """
                {"LockConfiguration": {"MinRetentionDays": 7, "MaxRetentionDays": 35, "ChangeableForDays": 3}}""");

        assertThat(ExpectedResults.of("S", "aws backup describe-backup-vault --backup-vault-name {{Out}} "
                + "--query '[Locked,MinRetentionDays,MaxRetentionDays]'", vault)).containsExactly(
                "esperado: [true, 7, 35]",
                "obs.: LockDate = criação + 3 dias; depois dessa data o Vault Lock (compliance) não pode mais ser",
                "    alterado nem removido");
    }
}
