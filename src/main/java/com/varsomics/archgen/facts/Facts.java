package com.varsomics.archgen.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.BuildException;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The configuration values the document, deck and site quote, read from the synthesized templates, never typed:
 * lifecycle days, backup windows, the analysis Map's concurrency, the Batch job and compute limits, the status queue,
 * WAF rate limits (per IP, login paths, per session), log retention, EKS version. Manifest values come from {@link ManifestFacts}.
 */
public final class Facts {

    static final String INPUT_BUCKET = "Proteomics-Data/InputBucket";
    static final String RESULTS_BUCKET = "Proteomics-Data/ResultsBucket";
    static final String STATE_MACHINE = "Proteomics-Workflow/AnalysisStateMachine";

    private final SynthesizedResources resources;
    private final List<Fact> facts = new ArrayList<>();

    private Facts(SynthesizedResources resources) {
        this.resources = resources;
    }

    public static List<Fact> fromTemplates(java.util.Map<String, JsonNode> templates) {
        Facts reader = new Facts(new SynthesizedResources(templates));
        reader.storage();
        reader.workflow();
        reader.compute();
        reader.edge();
        return List.copyOf(reader.facts);
    }

    /** The analysis state machine's definition, as synthesized. */
    public static StateMachineDefinition analysisStateMachine(java.util.Map<String, JsonNode> templates) {
        JsonNode properties = new SynthesizedResources(templates).properties(STATE_MACHINE, "AWS::StepFunctions::StateMachine");
        return StateMachineDefinition.of(properties.path("DefinitionString"), "cdk.out: " + STATE_MACHINE);
    }

    /** A bucket's lifecycle rules, as synthesized. */
    public static JsonNode lifecycle(java.util.Map<String, JsonNode> templates, String bucketPath) {
        return new SynthesizedResources(templates).properties(bucketPath, "AWS::S3::Bucket").path("LifecycleConfiguration");
    }

    private void storage() {
        JsonNode input = rule(INPUT_BUCKET, "expire-inputs-after-1-year");
        add("input-expiration-days", number(input.path("ExpirationInDays")), INPUT_BUCKET);
        add("input-noncurrent-days", number(input.path("NoncurrentVersionExpiration").path("NoncurrentDays")), INPUT_BUCKET);
        add("input-abort-multipart-days", number(input.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation")), INPUT_BUCKET);
        JsonNode results = rule(RESULTS_BUCKET, "keep-results-5-years-instantly-retrievable");
        add("results-expiration-days", number(results.path("ExpirationInDays")), RESULTS_BUCKET);
        add("results-ia-days", number(SynthesizedResources.element(results.path("Transitions"), "StorageClass", "STANDARD_IA", RESULTS_BUCKET)
                .path("TransitionInDays")), RESULTS_BUCKET);
        add("results-glacier-ir-days", number(SynthesizedResources.element(results.path("Transitions"), "StorageClass", "GLACIER_IR", RESULTS_BUCKET)
                .path("TransitionInDays")), RESULTS_BUCKET);
        add("results-object-lock-days", number(resources.properties(RESULTS_BUCKET, "AWS::S3::Bucket").path("ObjectLockConfiguration").path("Rule")
                .path("DefaultRetention").path("Days")), RESULTS_BUCKET);
        String database = "Proteomics-Data/Database";
        add("aurora-pitr-days", number(resources.properties(database, "AWS::RDS::DBCluster").path("BackupRetentionPeriod")), database);
        String plan = "Proteomics-Data/BackupPlan";
        JsonNode rules = resources.properties(plan, "AWS::Backup::BackupPlan").path("BackupPlan").path("BackupPlanRule");
        add("backup-daily-days", number(SynthesizedResources.element(rules, "RuleName", "daily-35-days", plan).path("Lifecycle").path("DeleteAfterDays")), plan);
        String vault = "Proteomics-Data/BackupVault";
        JsonNode lock = resources.properties(vault, "AWS::Backup::BackupVault").path("LockConfiguration");
        add("vault-min-retention-days", number(lock.path("MinRetentionDays")), vault);
        add("vault-max-retention-days", number(lock.path("MaxRetentionDays")), vault);
        add("vault-lock-grace-days", number(lock.path("ChangeableForDays")), vault);
        add("backup-monthly-days", number(SynthesizedResources.element(rules, "RuleName", "monthly-5-years", plan).path("Lifecycle").path("DeleteAfterDays")), plan);
    }

    private void workflow() {
        StateMachineDefinition definition = StateMachineDefinition.of(resources.properties(STATE_MACHINE, "AWS::StepFunctions::StateMachine")
                .path("DefinitionString"), "cdk.out: " + STATE_MACHINE);
        add("max-concurrency", number(definition.firstState("Map").path("MaxConcurrency")), STATE_MACHINE);
        add("state-machine-timeout-hours", number(definition.json().path("TimeoutSeconds").asInt() / 3600), STATE_MACHINE);
        add("state-machine-timeout-seconds", number(definition.json().path("TimeoutSeconds")), STATE_MACHINE);
        String queue = "Proteomics-Workflow/StatusQueue";
        JsonNode status = resources.properties(queue, "AWS::SQS::Queue");
        add("status-queue-visibility-seconds", number(status.path("VisibilityTimeout")), queue);
        add("status-queue-retention-days", number(status.path("MessageRetentionPeriod").asInt() / 86400), queue);
        add("status-queue-max-receive-count", number(status.path("RedrivePolicy").path("maxReceiveCount")), queue);
    }

    private void compute() {
        String job = "Proteomics-Compute/AnalysisJob";
        JsonNode definition = resources.properties(job, "AWS::Batch::JobDefinition");
        JsonNode requirements = definition.path("ContainerProperties").path("ResourceRequirements");
        add("job-vcpu", number(SynthesizedResources.element(requirements, "Type", "VCPU", job).path("Value")), job);
        add("job-memory-gib", number(SynthesizedResources.element(requirements, "Type", "MEMORY", job).path("Value").asInt() / 1024), job);
        add("job-timeout-hours", number(definition.path("Timeout").path("AttemptDurationSeconds").asInt() / 3600), job);
        add("job-timeout-seconds", number(definition.path("Timeout").path("AttemptDurationSeconds")), job);
        add("job-attempts", number(definition.path("RetryStrategy").path("Attempts")), job);
        for (String environment : List.of("Spot", "OnDemand")) {
            String path = "Proteomics-Compute/" + environment + "ComputeEnvironment";
            add("batch-" + environment.toLowerCase(Locale.ROOT) + "-max-vcpu",
                    number(resources.properties(path, "AWS::Batch::ComputeEnvironment").path("ComputeResources").path("MaxvCpus")), path);
        }
        String cluster = "Proteomics-Compute/Cluster";
        add("eks-version", resources.properties(cluster, "AWS::EKS::Cluster").path("Version").asText(), cluster);
        Set<String> retention = new LinkedHashSet<>();
        for (String path : resources.pathsOf("AWS::Logs::LogGroup")) {
            retention.add(number(resources.properties(path, "AWS::Logs::LogGroup").path("RetentionInDays")));
        }
        if (retention.size() != 1) {
            throw new BuildException("cdk.out: the log groups keep logs for " + retention + " days; the deliverables quote one retention. "
                    + "Give every AWS::Logs::LogGroup the same retention, or quote each one separately.");
        }
        add("log-retention-days", retention.iterator().next(), "AWS::Logs::LogGroup");
    }

    private void edge() {
        String acl = "Proteomics-Edge/WebAcl";
        JsonNode rules = resources.properties(acl, "AWS::WAFv2::WebACL").path("Rules");
        JsonNode perIp = rateRule(rules, "rate-limit-per-ip", acl);
        add("waf-rate-limit", number(perIp.path("Limit")), acl);
        add("waf-rate-window-minutes", number(perIp.path("EvaluationWindowSec").asInt(300) / 60), acl);
        add("waf-rate-limit-login", number(rateRule(rules, "rate-limit-login", acl).path("Limit")), acl);
        add("waf-rate-limit-session", number(rateRule(rules, "rate-limit-per-session", acl).path("Limit")), acl);
    }

    private static JsonNode rateRule(JsonNode rules, String name, String acl) {
        return SynthesizedResources.element(rules, "Name", name, acl).path("Statement").path("RateBasedStatement");
    }

    private JsonNode rule(String bucket, String id) {
        return SynthesizedResources.element(resources.properties(bucket, "AWS::S3::Bucket").path("LifecycleConfiguration").path("Rules"), "Id", id, bucket);
    }

    private void add(String attribute, String value, String source) {
        facts.add(new Fact(attribute, value, source));
    }

    private static String number(JsonNode value) {
        if (!value.isNumber() && !value.asText().matches("\\d+")) {
            throw new BuildException("cdk.out: expected a number, found '" + value + "'. A fact the deliverables quote is missing from "
                    + "the template; check " + Facts.class.getName() + ".");
        }
        return number(Long.parseLong(value.asText()));
    }

    /** pt-BR thousands separator, as the deliverables print numbers (1.024). */
    static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pt-BR"))).format(value);
    }
}
