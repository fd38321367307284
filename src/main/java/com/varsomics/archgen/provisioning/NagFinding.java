package com.varsomics.archgen.provisioning;

/**
 * One line of a cdk-nag report ({@code <pack>-<Stack>-NagReport.json}): a rule evaluated on one resource.
 *
 * @param ruleId     e.g. {@code AwsSolutions-IAM4} or {@code HIPAA.Security-S3BucketReplicationEnabled}
 * @param resource   construct path of the resource
 * @param compliance {@code Compliant}, {@code Non-Compliant}, {@code Suppressed} or {@code UNKNOWN} (rule could not
 *                   be evaluated, e.g. a value only CloudFormation knows)
 * @param reason     the suppression's reason (pt-BR), {@code N/A} otherwise
 * @param level      {@code Error} or {@code Warning}
 */
public record NagFinding(String ruleId, String resource, String compliance, String reason, String level) {

    public boolean suppressed() {
        return "Suppressed".equals(compliance);
    }

    /** A finding nobody answered: the resource breaks the rule, or the rule could not tell. */
    public boolean open() {
        return "Non-Compliant".equals(compliance) || "UNKNOWN".equals(compliance);
    }
}
