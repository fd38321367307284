package com.varsomics.infra;

import software.constructs.Node;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The app's inputs that differ per deployment, read from CDK context ({@code cdk.json} or {@code cdk deploy -c key=value}).
 * Nothing here needs AWS credentials: without an account the stacks are account-agnostic.
 *
 * @param account              target workload AWS account, or null for account-agnostic templates
 * @param environment          "prod" or "staging": each environment is its own account, and names carry it
 * @param toolingAccount       the CI/CD tooling account that hosts the delivery stack and that the workload accounts trust
 * @param stagingAccount       workload account of staging: ECR replication target, deployed first by the pipeline
 * @param productionAccount    workload account of production: ECR replication target, deployed after the approval
 * @param availabilityZones    the three AZs of sa-east-1 the VPC spans (named explicitly: an account-agnostic
 *                             stack would otherwise get only two from Fn::GetAZs)
 * @param eksPublicAccessCidrs CIDRs allowed to reach the public EKS API endpoint; empty keeps the endpoint private only
 * @param kubernetesVersion    EKS control-plane version
 * @param analysisImageTag     immutable ECR tag of the analysis image the Batch job definition runs
 * @param sourceRepository     CodeCommit repository (created by the delivery stack) the pipeline builds
 * @param sourceBranch         branch that triggers the pipeline
 * @param deployTargets        per environment ("staging", "prod"): the subnets and security group, in that account's
 *                             VPC, from which the pipeline's EKS deploy action reaches the private cluster endpoint
 *                             (outputs AppSubnetIds of Proteomics-Network and EksDeploySecurityGroupId of
 *                             Proteomics-Compute in that account)
 * @param domainName           the site's public name (CloudFront alias, certificate, CORS origin, Cognito callbacks)
 * @param hostedZoneId         Route 53 public hosted zone that holds {@code domainName}
 * @param hostedZoneName       that hosted zone's name
 * @param originDomainName     name of the ALB that the AWS Load Balancer Controller creates for the Ingress
 * @param alarmEmail           address subscribed to the operations alarms topic
 * @param cloudFrontPrefixListId id, in sa-east-1, of the managed prefix list com.amazonaws.global.cloudfront.origin-facing
 *                             ({@code aws ec2 describe-managed-prefix-lists}); only CloudFront may reach the ALB
 * @param eksAdminRoleArn      the IAM Identity Center role of the BreakGlass permission set in this account: its EKS access
 *                             entry gets AmazonEKSClusterAdminPolicy (the role name has a random suffix, so it is context)
 * @param eksViewerRoleArn     the role of the Leitura permission set: its EKS access entry gets AmazonEKSViewPolicy
 * @param institutionCidrs     public CIDRs of partner institutions (campus NAT): exempt from the edge's per-IP rate rule
 */
public record PlatformSettings(
        String account,
        String environment,
        String toolingAccount,
        String stagingAccount,
        String productionAccount,
        List<String> availabilityZones,
        List<String> eksPublicAccessCidrs,
        String kubernetesVersion,
        String analysisImageTag,
        String sourceRepository,
        String sourceBranch,
        Map<String, DeployTarget> deployTargets,
        String domainName,
        String hostedZoneId,
        String hostedZoneName,
        String originDomainName,
        String alarmEmail,
        String cloudFrontPrefixListId,
        String eksAdminRoleArn,
        String eksViewerRoleArn,
        List<String> institutionCidrs) {

    /** Region of the workload: LGPD data residency (personal health data stays in Brazil). */
    public static final String WORKLOAD_REGION = "sa-east-1";
    /** CloudFront only accepts ACM certificates and WAF web ACLs (scope CLOUDFRONT) created in us-east-1. */
    public static final String EDGE_REGION = "us-east-1";
    /** CodeArtifact is not offered in sa-east-1; the nearest full region for the (public) Python packages. */
    public static final String PACKAGES_REGION = "us-east-1";
    /** The Kubernetes namespace and ServiceAccounts of the workloads on EKS (see the k8s manifests). */
    public static final String WORKLOAD_NAMESPACE = "proteomics";

    /** @param defaultAccount the account when context has none (null: account-agnostic) */
    public static PlatformSettings from(Node context, String defaultAccount) {
        return new PlatformSettings(
                text(context, "account", defaultAccount),
                text(context, "environment", "prod"),
                text(context, "toolingAccount", "111122223333"),
                text(context, "stagingAccount", "444455556666"),
                text(context, "productionAccount", "777788889999"),
                list(context, "availabilityZones", "sa-east-1a,sa-east-1b,sa-east-1c"),
                list(context, "eksPublicAccessCidrs", ""),
                text(context, "kubernetesVersion", "1.35"),
                text(context, "analysisImageTag", "1.0.0"),
                text(context, "sourceRepository", "proteomics-platform"),
                text(context, "sourceBranch", "main"),
                deployTargets(context),
                text(context, "domainName", "proteomics.example.com"),
                text(context, "hostedZoneId", "Z00000000000000000000"),
                text(context, "hostedZoneName", "example.com"),
                text(context, "originDomainName", "origin.proteomics.example.com"),
                text(context, "alarmEmail", "plantao@example.com"),
                text(context, "cloudFrontPrefixListId", "pl-00000000000000000"),
                text(context, "eksAdminRoleArn", "arn:aws:iam::777788889999:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_BreakGlass_0000000000000000"),
                text(context, "eksViewerRoleArn", "arn:aws:iam::777788889999:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Leitura_0000000000000000"),
                list(context, "institutionCidrs", ""));
    }

    /** Deployment environments in pipeline order, each in its own workload account. */
    public static final List<String> ENVIRONMENTS = List.of("staging", "prod");

    /** The EKS cluster's name in an environment; the delivery pipeline deploys to it by name. */
    public static String clusterName(String environment) {
        return "proteomics-" + environment;
    }

    public String clusterName() {
        return clusterName(environment);
    }

    /** The workload account of an environment ("staging" or "prod"). */
    public String accountOf(String environment) {
        return "prod".equals(environment) ? productionAccount : stagingAccount;
    }

    /**
     * Where the EKS deploy action runs in one workload account's VPC.
     *
     * @param subnetIds       private app subnets (output AppSubnetIds of Proteomics-Network)
     * @param securityGroupId the deploy action's security group (output EksDeploySecurityGroupId of Proteomics-Compute)
     */
    public record DeployTarget(List<String> subnetIds, String securityGroupId) {
    }

    private static Map<String, DeployTarget> deployTargets(Node context) {
        Map<String, DeployTarget> targets = new TreeMap<>();
        Object value = context.tryGetContext("deployTargets");
        for (String environment : ENVIRONMENTS) {
            Object target = value instanceof Map<?, ?> map ? map.get(environment) : null;
            if (target instanceof Map<?, ?> fields) {
                Object subnets = fields.get("subnetIds");
                targets.put(environment, new DeployTarget(
                        subnets instanceof List<?> ids ? ids.stream().map(Object::toString).toList() : List.of(),
                        String.valueOf(fields.get("securityGroupId"))));
            }
        }
        return targets;
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
