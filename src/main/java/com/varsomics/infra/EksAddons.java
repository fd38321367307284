package com.varsomics.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.eks.CfnAddon;
import software.amazon.awscdk.services.eks.CfnCluster;
import software.amazon.awscdk.services.eks.CfnNodegroup;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;

import java.util.List;

/** The cluster's managed EKS add-ons (VPC CNI, Pod Identity agent, kube-proxy, CoreDNS, metrics, CloudWatch), in {@link ComputeStack}. */
final class EksAddons {

    private EksAddons() {
    }

    /** The managed add-ons, their Pod Identity roles, and the order the nodes need them in. */
    static void install(Stack stack, CfnCluster cluster, CfnNodegroup nodes, List<LogGroup> containerInsightsLogs) {
        Role cniRole = addonRole(stack, "VpcCniRole", "AmazonEKS_CNI_Policy");
        CfnAddon vpcCni = addon(stack, "VpcCni", "vpc-cni", cluster,
                // Network policies are enforced by the VPC CNI itself (the manifests ship default-deny policies).
                "{\"enableNetworkPolicy\":\"true\"}",
                List.of(CfnAddon.PodIdentityAssociationProperty.builder()
                        .serviceAccount("aws-node").roleArn(cniRole.getRoleArn()).build()));
        CfnAddon podIdentityAgent = addon(stack, "PodIdentityAgent", "eks-pod-identity-agent", cluster, null, null);
        // Nodes need the CNI to become Ready, and the CNI's Pod Identity needs the agent.
        vpcCni.addResourceDependency(podIdentityAgent);
        nodes.addResourceDependency(vpcCni);
        addon(stack, "KubeProxy", "kube-proxy", cluster, null, null);
        addon(stack, "CoreDns", "coredns", cluster, null, null).addResourceDependency(nodes);
        addon(stack, "MetricsServer", "metrics-server", cluster, null, null).addResourceDependency(nodes);
        Role observabilityRole = addonRole(stack, "CloudWatchObservabilityRole", "CloudWatchAgentServerPolicy");
        CfnAddon observability = addon(stack, "CloudWatchObservability", "amazon-cloudwatch-observability", cluster, null,
                List.of(CfnAddon.PodIdentityAssociationProperty.builder()
                        .serviceAccount("cloudwatch-agent").roleArn(observabilityRole.getRoleArn()).build()));
        observability.addResourceDependency(nodes);
        containerInsightsLogs.forEach(logs -> observability.getNode().addDependency(logs));
    }

    private static Role addonRole(Stack stack, String id, String managedPolicy) {
        Role role = Role.Builder.create(stack, id)
                .assumedBy(new ServicePrincipal("pods.eks.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(managedPolicy)))
                .build();
        role.getAssumeRolePolicy().addStatements(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal("pods.eks.amazonaws.com")))
                .actions(List.of("sts:TagSession"))
                .build());
        Nag.suppress(role, "AwsSolutions-IAM4",
                "Add-on gerenciado do EKS usa a política gerenciada que a AWS publica para ele (" + managedPolicy + ").",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/" + managedPolicy));
        return role;
    }

    private static CfnAddon addon(Stack stack, String id, String name, CfnCluster cluster, String configuration,
                           List<CfnAddon.PodIdentityAssociationProperty> podIdentity) {
        return CfnAddon.Builder.create(stack, id)
                .clusterName(cluster.getRef())
                .addonName(name)
                .resolveConflicts("OVERWRITE")
                .configurationValues(configuration)
                .podIdentityAssociations(podIdentity)
                .build();
    }
}
