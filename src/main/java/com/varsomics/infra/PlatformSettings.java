package com.varsomics.infra;

import software.constructs.Node;

import java.util.Arrays;
import java.util.List;

/**
 * The app's inputs that differ per deployment, read from CDK context ({@code cdk.json} or {@code cdk deploy -c key=value}).
 * Nothing here needs AWS credentials: without an account the stacks are account-agnostic.
 *
 * @param account              target AWS account, or null for account-agnostic templates
 * @param environment          "prod" or "staging": each environment is its own account, and names carry it
 * @param availabilityZones    the three AZs of sa-east-1 the VPC spans (named explicitly: an account-agnostic
 *                             stack would otherwise get only two from Fn::GetAZs)
 * @param eksPublicAccessCidrs CIDRs allowed to reach the public EKS API endpoint; empty keeps the endpoint private only
 * @param kubernetesVersion    EKS control-plane version
 * @param analysisImageTag     immutable ECR tag of the analysis image the Batch job definition runs
 * @param sourceConnectionArn  CodeConnections connection to the GitHub repository
 * @param sourceRepository     GitHub "owner/name" the pipeline builds
 * @param sourceBranch         branch that triggers the pipeline
 * @param domainName           the site's public name (CloudFront alias, certificate, CORS origin, Cognito callbacks)
 * @param hostedZoneId         Route 53 public hosted zone that holds {@code domainName}
 * @param hostedZoneName       that hosted zone's name
 * @param originDomainName     name of the ALB that the AWS Load Balancer Controller creates for the Ingress
 * @param alarmEmail           address subscribed to the operations alarms topic
 * @param cloudFrontPrefixListId id, in sa-east-1, of the managed prefix list com.amazonaws.global.cloudfront.origin-facing
 *                             ({@code aws ec2 describe-managed-prefix-lists}); only CloudFront may reach the ALB
 */
public record PlatformSettings(
        String account,
        String environment,
        List<String> availabilityZones,
        List<String> eksPublicAccessCidrs,
        String kubernetesVersion,
        String analysisImageTag,
        String sourceConnectionArn,
        String sourceRepository,
        String sourceBranch,
        String domainName,
        String hostedZoneId,
        String hostedZoneName,
        String originDomainName,
        String alarmEmail,
        String cloudFrontPrefixListId) {

    /** Region of the workload: LGPD data residency (personal health data stays in Brazil). */
    public static final String WORKLOAD_REGION = "sa-east-1";
    /** CloudFront only accepts ACM certificates and WAF web ACLs (scope CLOUDFRONT) created in us-east-1. */
    public static final String EDGE_REGION = "us-east-1";
    /** The Kubernetes namespace and ServiceAccounts of the workloads on EKS (see the k8s manifests). */
    public static final String WORKLOAD_NAMESPACE = "proteomics";

    /** @param defaultAccount the account when context has none (null: account-agnostic) */
    public static PlatformSettings from(Node context, String defaultAccount) {
        return new PlatformSettings(
                text(context, "account", defaultAccount),
                text(context, "environment", "prod"),
                list(context, "availabilityZones", "sa-east-1a,sa-east-1b,sa-east-1c"),
                list(context, "eksPublicAccessCidrs", ""),
                text(context, "kubernetesVersion", "1.34"),
                text(context, "analysisImageTag", "1.0.0"),
                text(context, "sourceConnectionArn",
                        "arn:aws:codeconnections:sa-east-1:111111111111:connection/00000000-0000-0000-0000-000000000000"),
                text(context, "sourceRepository", "varsomics/proteomics-platform"),
                text(context, "sourceBranch", "main"),
                text(context, "domainName", "proteomics.example.com"),
                text(context, "hostedZoneId", "Z00000000000000000000"),
                text(context, "hostedZoneName", "example.com"),
                text(context, "originDomainName", "origin.proteomics.example.com"),
                text(context, "alarmEmail", "plantao@example.com"),
                text(context, "cloudFrontPrefixListId", "pl-00000000000000000"));
    }

    /** The EKS cluster's name; the delivery pipeline deploys to it by name. */
    public String clusterName() {
        return "proteomics-" + environment;
    }

    private static String text(Node context, String key, String fallback) {
        Object value = context.tryGetContext(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    /** A list in cdk.json is a JSON array; on the command line ({@code -c key=a,b}) it is comma-separated. */
    private static List<String> list(Node context, String key, String fallback) {
        Object value = context.tryGetContext(key);
        if (value instanceof List<?> items) {
            return items.stream().map(Object::toString).toList();
        }
        String text = value == null ? fallback : value.toString();
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
