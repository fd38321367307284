package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.CfnRegistryPolicy;
import software.amazon.awscdk.services.ecr.CfnRepositoryCreationTemplate;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.batch.Action;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.eks.CfnAccessEntry;
import software.amazon.awscdk.services.eks.CfnCluster;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the tooling account's pipeline needs in this account: its EKS deploy role and access, and the image replicas. */
final class PipelineAccess {

    private PipelineAccess() {
    }

    /**
     * The pipeline (tooling account) deploys the Kustomize overlays with CodePipeline's EKS action, which assumes this
     * role and runs in this VPC (the API endpoint is private) with the security group returned here.
     */
    static SecurityGroup pipelineDeployAccess(Stack stack, PlatformSettings settings, NetworkStack network, CfnCluster cluster) {
        SecurityGroup deploySecurityGroup = SecurityGroup.Builder.create(stack, "EksDeploySecurityGroup")
                .vpc(network.vpc()).description("Acao EKS do CodePipeline: acessa o endpoint privado da API do EKS")
                .allowAllOutbound(true).build();
        Role deployRole = Role.Builder.create(stack, "EksDeployRole")
                .roleName(ComputeStack.EKS_DEPLOY_ROLE_NAME)
                .description("Ação EKS do pipeline da conta de ferramentas: aplica os manifestos Kustomize neste cluster")
                .assumedBy(new AccountPrincipal(settings.toolingAccount()).withConditions(Map.of("ArnEquals",
                        Map.of("aws:PrincipalArn", DeliveryStack.pipelineRoleArn(settings.toolingAccount())))))
                .build();
        String clusterArn = "arn:" + Aws.PARTITION + ":eks:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":cluster/" + settings.clusterName();
        deployRole.addToPolicy(ComputeStack.allow(List.of("eks:DescribeCluster"), clusterArn));
        // The action's managed build runs in the VPC: it creates and removes its network interfaces.
        deployRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces",
                        "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeVpcs", "ec2:DescribeDhcpOptions",
                        "ec2:CreateNetworkInterfacePermission"))
                .resources(List.of("*"))
                .build());
        deployRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of("arn:" + Aws.PARTITION + ":logs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":log-group:/aws/codepipeline/*"))
                .build());
        // The pipeline's artifacts (rendered manifests) live in the tooling account, encrypted with its delivery key.
        deployRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject", "s3:GetObjectVersion"))
                .resources(List.of("arn:" + Aws.PARTITION + ":s3:::" + DeliveryStack.artifactBucketName(settings.toolingAccount()) + "/*"))
                .build());
        deployRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("kms:Decrypt", "kms:DescribeKey"))
                .resources(List.of("arn:" + Aws.PARTITION + ":kms:" + Aws.REGION + ":" + settings.toolingAccount() + ":key/*"))
                .conditions(Map.of("ForAnyValue:StringEquals", Map.of("kms:ResourceAliases", DeliveryStack.KEY_ALIAS)))
                .build());
        Nag.suppress(deployRole, "AwsSolutions-IAM5",
                "Ação EKS do CodePipeline: as APIs de interfaces de rede e Describe* do EC2 só aceitam Resource '*'; logs, artefatos e chave restritos ao pipeline pelo prefixo, pelo bucket e pelo alias.");
        // The overlays create the namespace, the ClusterSecretStore and namespaced objects.
        CfnAccessEntry.Builder.create(stack, "EksDeployAccessEntry")
                .clusterName(cluster.getRef())
                .principalArn(deployRole.getRoleArn())
                .type("STANDARD")
                .accessPolicies(List.of(CfnAccessEntry.AccessPolicyProperty.builder()
                        .policyArn("arn:" + Aws.PARTITION + ":eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy")
                        .accessScope(CfnAccessEntry.AccessScopeProperty.builder().type("cluster").build())
                        .build()))
                .build();
        return deploySecurityGroup;
    }

    /**
     * Images arrive by ECR private replication from the tooling account: the registry policy lets that account
     * replicate here, and the creation template gives every replicated repository immutable tags, KMS encryption and
     * the cleanup of untagged images.
     */
    static void imageReplicas(Stack stack, PlatformSettings settings) {
        CfnRegistryPolicy.Builder.create(stack, "ImageReplicationPolicy")
                .policyText(new TreeMap<>(Map.of("Version", "2012-10-17", "Statement", List.of(new TreeMap<>(Map.of(
                        "Sid", "ReplicationFromToolingAccount",
                        "Effect", "Allow",
                        "Principal", Map.of("AWS", "arn:" + Aws.PARTITION + ":iam::" + settings.toolingAccount() + ":root"),
                        "Action", List.of("ecr:CreateRepository", "ecr:ReplicateImage"),
                        "Resource", "arn:" + Aws.PARTITION + ":ecr:" + Aws.REGION + ":" + Aws.ACCOUNT_ID + ":repository/"
                                + ComputeStack.IMAGE_REPOSITORY_PREFIX + "/*"))))))
                .build();
        CfnRepositoryCreationTemplate.Builder.create(stack, "ReplicatedRepositoriesTemplate")
                .prefix(ComputeStack.IMAGE_REPOSITORY_PREFIX)
                .appliedFor(List.of("REPLICATION"))
                .description("Repositórios replicados da conta de ferramentas: tags imutáveis, KMS e limpeza de imagens sem tag.")
                .imageTagMutability("IMMUTABLE")
                .encryptionConfiguration(CfnRepositoryCreationTemplate.EncryptionConfigurationProperty.builder()
                        .encryptionType("KMS").build())
                .lifecyclePolicy(DeliveryStack.UNTAGGED_IMAGES_LIFECYCLE_POLICY)
                .build();
    }
}
