package com.varsomics.infra;

import software.amazon.awscdk.services.eks.CfnPodIdentityAssociation;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

import java.util.List;

/**
 * An IAM role bound to one Kubernetes ServiceAccount with EKS Pod Identity (the EKS Best Practices default; no IRSA,
 * no OIDC provider). The role trusts only the Pod Identity service; the association names the cluster, namespace and
 * ServiceAccount.
 */
public final class PodIdentityRole extends Construct {

    private final Role role;

    public PodIdentityRole(Construct scope, String id, String clusterName, String namespace, String serviceAccount,
                           String roleName, String description, List<PolicyStatement> permissions) {
        super(scope, id);
        role = Role.Builder.create(this, "Role")
                .roleName(roleName)
                .description(description)
                .assumedBy(new ServicePrincipal("pods.eks.amazonaws.com"))
                .build();
        // Pod Identity passes session tags (cluster, namespace, ServiceAccount), so the trust needs sts:TagSession too.
        role.getAssumeRolePolicy().addStatements(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal("pods.eks.amazonaws.com")))
                .actions(List.of("sts:TagSession"))
                .build());
        permissions.forEach(role::addToPolicy);
        CfnPodIdentityAssociation.Builder.create(this, "Association")
                .clusterName(clusterName)
                .namespace(namespace)
                .serviceAccount(serviceAccount)
                .roleArn(role.getRoleArn())
                .build();
    }

    public Role role() {
        return role;
    }
}
