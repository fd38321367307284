package com.varsomics.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.backup.BackupPlan;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupSelectionOptions;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.backup.LockConfiguration;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.rds.DatabaseCluster;

import java.util.List;

/**
 * The database's AWS Backup copies for {@link DataStack}: daily for the point-in-time window, monthly for as long as the
 * results, in a vault locked in compliance mode.
 */
final class DatabaseBackup {

    private DatabaseBackup() {
    }

    /**
     * Vault Lock in compliance mode: after the 3-day grace period nobody, root included, can shorten the retention or
     * delete recovery points early.
     */
    static BackupVault create(Stack stack, PlatformSettings settings, SecurityStack security, DatabaseCluster database) {
        BackupVault vault = BackupVault.Builder.create(stack, "BackupVault")
                .backupVaultName("proteomics-" + settings.environment())
                .encryptionKey(security.dataKey())
                .lockConfiguration(LockConfiguration.builder()
                        .minRetention(Duration.days(DataStack.PITR_DAYS))
                        .maxRetention(Duration.days(DataStack.RESULTS_RETENTION_DAYS))
                        .changeableFor(Duration.days(3))
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        BackupPlan plan = BackupPlan.Builder.create(stack, "BackupPlan")
                .backupVault(vault)
                .backupPlanRules(List.of(
                        BackupPlanRule.Builder.create().ruleName("daily-35-days")
                                .scheduleExpression(Schedule.cron(cron("6", "*", "*")))
                                .deleteAfter(Duration.days(DataStack.PITR_DAYS)).build(),
                        // Analyses and their owners are kept as long as the results they describe.
                        BackupPlanRule.Builder.create().ruleName("monthly-5-years")
                                .scheduleExpression(Schedule.cron(cron("7", "1", "*")))
                                .deleteAfter(Duration.days(DataStack.RESULTS_RETENTION_DAYS)).build()))
                .build();
        plan.addSelection("Aurora", BackupSelectionOptions.builder()
                .resources(List.of(BackupResource.fromArn(database.getClusterArn())))
                .build());
        Nag.suppress(plan, "AwsSolutions-IAM4",
                "O papel de seleção do AWS Backup usa a política gerenciada AWSBackupServiceRolePolicyForBackup, recomendada pela AWS.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"));
        return vault;
    }

    private static CronOptions cron(String hour, String day, String month) {
        return CronOptions.builder().minute("0").hour(hour).day(day).month(month).build();
    }
}
