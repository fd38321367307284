package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected results of the Amazon EKS checks, from a hand-written template. */
class ClusterResultsTest {

    private static final Template COMPUTE = Templates.of("""
            {"Resources": {
              "Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {"Version": "1.35", "AccessConfig": {"AuthenticationMode": "API"},
                          "ResourcesVpcConfig": {"EndpointPublicAccess": false}, "UpgradePolicy": {"SupportType": "STANDARD"}}},
              "Cni": {"Type": "AWS::EKS::Addon", "Properties": {"AddonName": "vpc-cni",
                      "PodIdentityAssociations": [{"ServiceAccount": "aws-node"}]}},
              "Dns": {"Type": "AWS::EKS::Addon", "Properties": {"AddonName": "coredns"}},
              "Api": {"Type": "AWS::EKS::PodIdentityAssociation", "Properties": {"Namespace": "proteomics", "ServiceAccount": "api"}},
              "Admin": {"Type": "AWS::EKS::AccessEntry", "Properties": {"PrincipalArn": "arn:aws:iam::1:role/sso/BreakGlass"}},
              "Deployer": {"Type": "AWS::EKS::AccessEntry", "Properties": {"PrincipalArn": {"Fn::GetAtt": ["DeployRole", "Arn"]}}},
              "DeployRole": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "eks-deploy"}},
              "System": {"Type": "AWS::EKS::Nodegroup", "Properties": {"NodegroupName": "system"}}},
             "Outputs": {"ClusterName": {"Value": {"Ref": "Cluster"}}}}
            """);

    @Test
    void cluster_ReadsVersionAuthenticationAndEndpoint_NotingTheInertDefaultCidr() {
        assertThat(ExpectedResults.of("S", "aws eks describe-cluster --name {{ClusterName}} "
                + "--query 'cluster.[status,version,accessConfig.authenticationMode,upgradePolicy.supportType]'", COMPUTE))
                .containsExactly("esperado: [\"ACTIVE\", \"1.35\", \"API\", \"STANDARD\"]");
        assertThat(ExpectedResults.of("S", "aws eks describe-cluster --name {{ClusterName}} "
                + "--query 'cluster.resourcesVpcConfig.[endpointPublicAccess,publicAccessCidrs]'", COMPUTE)).containsExactly(
                "esperado: [false, [\"0.0.0.0/0\"]]",
                "obs.: publicAccessCidrs mostra o padrão 0.0.0.0/0, sem efeito com o endpoint público desligado");
    }

    @Test
    void addons_AreListedByName() {
        assertThat(ExpectedResults.of("S", "aws eks list-addons --cluster-name {{ClusterName}}", COMPUTE))
                .containsExactly("esperado: \"addons\" com 2 nomes:", "  coredns, vpc-cni");
    }

    @Test
    void podIdentityAssociations_IncludeThoseOfManagedAddons_InTheAddonsNamespace() {
        assertThat(ExpectedResults.of("S", "aws eks list-pod-identity-associations --cluster-name {{ClusterName}} "
                + "--query 'associations[].[namespace,serviceAccount]'", COMPUTE))
                .containsExactly("esperado: 2 linhas (namespace/serviceAccount):", "  kube-system/aws-node, proteomics/api");
    }

    @Test
    void accessEntries_NameOperatorRolesByTheirArnsLastSegment_TheAppsByRoleName_AndTheNodeGroup() {
        assertThat(ExpectedResults.of("S", "aws eks list-access-entries --cluster-name {{ClusterName}}", COMPUTE)).containsExactly(
                "esperado: 3 ARNs de papel: BreakGlass, eks-deploy e o papel dos nós do grupo gerenciado system",
                "obs.: a entrada do grupo de nós gerenciado é criada pelo próprio EKS; nenhuma entrada para quem",
                "    criou o cluster");
    }
}
