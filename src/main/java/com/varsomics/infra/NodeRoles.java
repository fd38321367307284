package com.varsomics.infra;

import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/** IAM roles of EKS worker nodes: the minimal AWS managed policies for nodes (the CNI's is on its Pod Identity). */
final class NodeRoles {

    private static final List<String> NODE_POLICIES = List.of("AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly");

    private NodeRoles() {
    }

    /**
     * @param roleName      fixed name (Karpenter's EC2NodeClass names it), or null for a generated one
     * @param extraPolicies AWS managed policies beyond the node minimum
     * @param reason        why these managed policies (pt-BR), for the cdk-nag suppression
     */
    static Role create(Construct scope, String id, String roleName, String description, List<String> extraPolicies, String reason) {
        List<String> policies = new ArrayList<>(NODE_POLICIES);
        policies.addAll(extraPolicies);
        Role role = Role.Builder.create(scope, id)
                .roleName(roleName)
                .description(description)
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .managedPolicies(policies.stream().map(name -> (IManagedPolicy) ManagedPolicy.fromAwsManagedPolicyName(name)).toList())
                .build();
        Nag.suppress(role, "AwsSolutions-IAM4", reason,
                policies.stream().map(name -> "Policy::arn:<AWS::Partition>:iam::aws:policy/" + name).toList());
        return role;
    }
}
