package com.varsomics.infra;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.route53.IPublicHostedZone;
import software.amazon.awscdk.services.route53.PublicHostedZone;
import software.amazon.awscdk.services.route53.PublicHostedZoneAttributes;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stack that is one step of the provisioning guide. Besides its resources it carries, in the template's
 * {@code Metadata}, the {@code aws} CLI commands that verify it, so the guide generator reads deploy order, outputs and
 * verification from {@code build/cdk.out} alone.
 */
public abstract class PlatformStack extends Stack {

    /** Template metadata key holding the guide's verification commands; {@code {{OutputKey}}} stands for an output's value. */
    public static final String GUIDE_METADATA = "Varsomics::ProvisioningGuide";
    /** The account that runs the platform of one environment (staging or production). */
    public static final String WORKLOAD_ACCOUNT = "workload";
    /** The CI/CD tooling account of the organization's Infrastructure OU. */
    public static final String TOOLING_ACCOUNT = "tooling";

    /** Retention of every CloudWatch Logs group of the platform (workspace.dsl: observability, 90 days). */
    public static final RetentionDays LOG_RETENTION = RetentionDays.THREE_MONTHS;

    private final String accountRole;

    /** A stack of the workload account (account-agnostic unless context names the account). */
    protected PlatformStack(Construct scope, String id, String description, String region, PlatformSettings settings) {
        this(scope, id, description, region, settings.account(), WORKLOAD_ACCOUNT, settings);
    }

    /**
     * @param account     the stack's AWS account, or null for account-agnostic
     * @param accountRole which account of the organization this is, as the guide names it ({@link #WORKLOAD_ACCOUNT}
     *                    or {@link #TOOLING_ACCOUNT})
     */
    protected PlatformStack(Construct scope, String id, String description, String region, String account, String accountRole,
                            PlatformSettings settings) {
        super(scope, id, StackProps.builder()
                .stackName(id)
                .description(description)
                .env(Environment.builder().account(account).region(region).build())
                .terminationProtection(true)
                .build());
        this.accountRole = accountRole;
        Tags.of(this).add("application", "proteomics-platform");
        Tags.of(this).add("data-classification", "lgpd-sensitive");
        Nag.suppressInStack(this, "HIPAA.Security-IAMNoInlinePolicy",
                "Políticas inline geradas pelos grants do CDK: cada uma pertence a um único papel e lista só os recursos dele (menor privilégio).");
        Nag.suppressInStack(this, "HIPAA.Security-S3BucketReplicationEnabled",
                "Sem replicação entre regiões: sa-east-1 é a única região da AWS no Brasil e os dados ficam no país (LGPD); a durabilidade vem do S3 (11 noves), do versionamento e do Object Lock.");
    }

    /** The site's public hosted zone (context hostedZoneId/hostedZoneName), imported: the domain is registered outside the app. */
    protected IPublicHostedZone hostedZone(PlatformSettings settings) {
        return PublicHostedZone.fromPublicHostedZoneAttributes(this, "Zone", PublicHostedZoneAttributes.builder()
                .hostedZoneId(settings.hostedZoneId()).zoneName(settings.hostedZoneName()).build());
    }

    /** A stack output the guide lists; {@code key} is also the CloudFormation output's logical id. */
    protected CfnOutput output(String key, String value, String description) {
        return CfnOutput.Builder.create(this, key).value(value).description(description).build();
    }

    /** The {@code aws} CLI commands that show the deployed stack is what the guide promised. */
    protected void verifiedBy(String... commands) {
        // Merged, not replaced: cdk-nag keeps its stack-level suppressions in the same template metadata.
        Map<String, Object> metadata = new LinkedHashMap<>(Optional.ofNullable(getTemplateOptions().getMetadata()).orElse(Map.of()));
        metadata.put(GUIDE_METADATA, new java.util.TreeMap<>(Map.of("account", accountRole, "verification", List.of(commands))));
        getTemplateOptions().setMetadata(metadata);
    }

    /** Three named AZs are deliberate (see {@link PlatformSettings#availabilityZones()}); CDK's linter warns on them. */
    protected void acknowledgeNamedAvailabilityZones() {
        Validations.of(this).acknowledge(Acknowledgment.builder().id("CloudFormation-Validate::W3010")
                .reason("Three AZs are named on purpose: an account-agnostic stack would otherwise get only two from Fn::GetAZs.")
                .build());
    }
}
