package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.PolicyStatement;

import java.util.List;
import java.util.Map;

/**
 * What the AWS Load Balancer Controller may do, after the controller project's reference IAM policy: read the VPC,
 * certificates and web ACLs, and create or change only the load balancers, target groups and security groups that
 * carry its cluster tag ({@code elbv2.k8s.aws/cluster}).
 */
final class LoadBalancerControllerPolicy {

    static final String NAMESPACE = "kube-system";
    static final String SERVICE_ACCOUNT = "aws-load-balancer-controller";

    private static final String CLUSTER_TAG = "elbv2.k8s.aws/cluster";

    private LoadBalancerControllerPolicy() {
    }

    static List<PolicyStatement> statements() {
        String elb = "arn:" + Aws.PARTITION + ":elasticloadbalancing:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":";
        Map<String, Object> taggedResource = Map.of("Null", Map.of("aws:ResourceTag/" + CLUSTER_TAG, "false"));
        Map<String, Object> taggedRequest = Map.of("Null", Map.of("aws:RequestTag/" + CLUSTER_TAG, "false"));
        return List.of(
                allow(List.of("iam:CreateServiceLinkedRole"), List.of("*"),
                        Map.of("StringEquals", Map.of("iam:AWSServiceName", "elasticloadbalancing.amazonaws.com"))),
                allow(List.of("ec2:DescribeAccountAttributes", "ec2:DescribeAddresses", "ec2:DescribeAvailabilityZones",
                        "ec2:DescribeInternetGateways", "ec2:DescribeVpcs", "ec2:DescribeVpcPeeringConnections",
                        "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeInstances",
                        "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags", "ec2:DescribeRouteTables",
                        "ec2:GetSecurityGroupsForVpc", "ec2:DescribeIpamPools",
                        "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes",
                        "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeListenerAttributes",
                        "elasticloadbalancing:DescribeListenerCertificates", "elasticloadbalancing:DescribeSSLPolicies",
                        "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups",
                        "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetHealth",
                        "elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTrustStores",
                        "elasticloadbalancing:DescribeCapacityReservation",
                        "acm:ListCertificates", "acm:DescribeCertificate", "cognito-idp:DescribeUserPoolClient",
                        "wafv2:GetWebACL", "wafv2:GetWebACLForResource", "wafv2:AssociateWebACL", "wafv2:DisassociateWebACL",
                        "shield:GetSubscriptionState", "shield:DescribeProtection"), List.of("*"), null),
                allow(List.of("ec2:CreateSecurityGroup"), List.of("*"), null),
                allow(List.of("ec2:CreateTags"), List.of("arn:" + Aws.PARTITION + ":ec2:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":security-group/*"),
                        Map.of("StringEquals", Map.of("ec2:CreateAction", "CreateSecurityGroup"),
                                "Null", Map.of("aws:RequestTag/" + CLUSTER_TAG, "false"))),
                allow(List.of("ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup",
                        "ec2:CreateTags", "ec2:DeleteTags"), List.of("*"), taggedResource),
                allow(List.of("elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"),
                        List.of("*"), taggedRequest),
                allow(List.of("elasticloadbalancing:AddTags"), List.of(elb + "targetgroup/*/*", elb + "loadbalancer/app/*/*"),
                        Map.of("StringEquals", Map.of("elasticloadbalancing:CreateAction", List.of("CreateTargetGroup", "CreateLoadBalancer")),
                                "Null", Map.of("aws:RequestTag/" + CLUSTER_TAG, "false"))),
                allow(List.of("elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener",
                        "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule",
                        "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags",
                        "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetIpAddressType",
                        "elasticloadbalancing:SetSecurityGroups", "elasticloadbalancing:SetSubnets",
                        "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:ModifyTargetGroup",
                        "elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:DeleteTargetGroup",
                        "elasticloadbalancing:ModifyListenerAttributes"), List.of("*"), taggedResource),
                allow(List.of("elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"),
                        List.of(elb + "targetgroup/*/*"), null),
                allow(List.of("elasticloadbalancing:SetWebAcl", "elasticloadbalancing:ModifyListener",
                        "elasticloadbalancing:AddListenerCertificates", "elasticloadbalancing:RemoveListenerCertificates",
                        "elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities"), List.of("*"), null));
    }

    private static PolicyStatement allow(List<String> actions, List<String> resources, Map<String, Object> conditions) {
        PolicyStatement.Builder statement = PolicyStatement.Builder.create().actions(actions).resources(resources);
        return (conditions == null ? statement : statement.conditions(new java.util.TreeMap<>(conditions))).build();
    }
}
