package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.BuildException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * What a verification command of the provisioning guide should print once its stack is deployed, derived from the
 * synthesized template the command checks (lifecycle days, rotation, versions, names, rule lists…), so the guide's
 * expected results change with the code. One rule per {@code aws <service> <operation>}, kept with the others of its
 * part of the platform ({@code SecurityResults}, {@code NetworkResults}…); for {@code --query} multiselects, one
 * derivation per queried field. A command or a queried field without a rule fails the build: the guide never shows a
 * check without its expected result.
 */
final class ExpectedResults {

    private static final Map<String, BiFunction<AwsCommand, Template, List<String>>> RULES = new TreeMap<>();

    static {
        RULES.put("kms get-key-rotation-status", SecurityResults::keyRotation);
        RULES.put("accessanalyzer list-findings-v2", SecurityResults::accessAnalyzerFindings);
        RULES.put("cognito-idp describe-user-pool", SecurityResults::userPool);
        RULES.put("secretsmanager describe-secret", SecurityResults::secretRotation);
        RULES.put("acm describe-certificate", SecurityResults::certificate);
        RULES.put("ec2 describe-subnets", NetworkResults::subnets);
        RULES.put("ec2 describe-flow-logs", NetworkResults::flowLogs);
        RULES.put("ec2 describe-vpc-endpoints", NetworkResults::vpcEndpoints);
        RULES.put("s3api get-bucket-lifecycle-configuration", StorageResults::bucketLifecycle);
        RULES.put("s3api get-object-lock-configuration", StorageResults::objectLock);
        RULES.put("s3api get-public-access-block", StorageResults::publicAccessBlock);
        RULES.put("backup describe-backup-vault", StorageResults::backupVault);
        RULES.put("rds describe-db-clusters", DatabaseResults::databaseCluster);
        RULES.put("rds describe-db-cluster-parameters", DatabaseResults::clusterParameters);
        RULES.put("rds describe-db-proxies", DatabaseResults::databaseProxy);
        RULES.put("eks describe-cluster", ClusterResults::cluster);
        RULES.put("eks list-addons", ClusterResults::addons);
        RULES.put("eks list-pod-identity-associations", ClusterResults::podIdentityAssociations);
        RULES.put("eks list-access-entries", ClusterResults::accessEntries);
        RULES.put("sqs get-queue-attributes", WorkflowResults::queueAttributes);
        RULES.put("batch describe-job-queues", WorkflowResults::jobQueue);
        RULES.put("batch describe-job-definitions", WorkflowResults::jobDefinition);
        RULES.put("stepfunctions describe-state-machine", WorkflowResults::stateMachine);
        RULES.put("events list-rules", WorkflowResults::eventRules);
        RULES.put("sesv2 get-email-identity", WorkflowResults::emailIdentity);
        RULES.put("sesv2 get-account", WorkflowResults::sesAccount);
        RULES.put("cloudwatch describe-alarms", EdgeResults::alarms);
        RULES.put("cloudfront get-distribution-config", EdgeResults::distribution);
        RULES.put("wafv2 get-web-acl", EdgeResults::webAcl);
        RULES.put("route53 get-dnssec", EdgeResults::dnssec);
        RULES.put("ecr describe-repository-creation-templates", RegistryResults::repositoryCreationTemplates);
        RULES.put("ecr describe-repositories", RegistryResults::repositories);
        RULES.put("ecr describe-registry", RegistryResults::registryReplication);
        RULES.put("ecr get-registry-scanning-configuration", RegistryResults::registryScanning);
        RULES.put("codeartifact describe-repository", DeliveryResults::codeArtifactRepository);
        RULES.put("codeartifact get-repository-endpoint", DeliveryResults::codeArtifactEndpoint);
        RULES.put("codecommit get-repository", DeliveryResults::codeCommitRepository);
        RULES.put("codepipeline get-pipeline", DeliveryResults::pipeline);
    }

    private ExpectedResults() {
    }

    /** The {@code aws <service> <operation>} pairs that have a rule. */
    static Set<String> operations() {
        return RULES.keySet();
    }

    /**
     * The expected result of a verification command, as comment lines without the leading {@code #}: the first line
     * starts with "esperado", the following ones detail fields or add a note.
     */
    static List<String> of(String stackName, String command, Template template) {
        AwsCommand parsed = AwsCommand.parse(command);
        BiFunction<AwsCommand, Template, List<String>> rule = RULES.get(parsed.name());
        if (rule == null) {
            throw new BuildException("stack " + stackName + ": the guide has no expected result for the verification `aws "
                    + parsed.name() + "`. Add a rule for it to one of the *Results classes of "
                    + ExpectedResults.class.getPackageName() + " (derive the expected output from the template).");
        }
        try {
            return wrapLong(rule.apply(parsed, template));
        } catch (ExpectedValues.UnknownField e) {
            throw new BuildException("stack " + stackName + ": the verification `" + command + "` queries '" + e.getMessage()
                    + "', for which no expected value is derived. Add it to the rule of `aws " + parsed.name() + "`.", e);
        } catch (RuntimeException e) {
            throw new BuildException("stack " + stackName + ": cannot derive the expected result of `" + command
                    + "` from the template (" + e.getMessage() + ").", e);
        }
    }

    /** Lines longer than the wrap width broken at spaces, continued with a deeper indent. */
    private static List<String> wrapLong(List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            wrapped.addAll(ShellLines.wrapText(indent, line.stripLeading(), indent + "    ", ExpectedValues.WRAP_WIDTH));
        }
        return List.copyOf(wrapped);
    }
}
