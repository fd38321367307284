package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.eks.CfnAccessEntry;
import software.amazon.awscdk.services.eks.CfnCluster;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The AWS side of Karpenter, which provisions the application nodes: the nodes' IAM role and its EKS access entry, the
 * interruption queue fed by EventBridge (Spot interruptions, rebalance recommendations, instance state changes, AWS
 * Health events), and the controller's role bound by EKS Pod Identity. The Helm chart, the NodePool and the
 * EC2NodeClass are Kubernetes objects the pipeline applies; they name the queue and the node role created here.
 */
final class Karpenter extends Construct {

    static final String NAMESPACE = "kube-system";
    static final String SERVICE_ACCOUNT = "karpenter";

    private final Role nodeRole;
    private final Queue interruptionQueue;

    Karpenter(Construct scope, String id, CfnCluster cluster, String clusterName, IKey queueKey) {
        super(scope, id);
        nodeRole = NodeRoles.create(this, "NodeRole", "proteomics-karpenter-node", "Nós de aplicação criados pelo Karpenter (Bottlerocket)",
                List.of("AmazonSSMManagedInstanceCore"),
                "Nós do Karpenter usam as políticas gerenciadas mínimas para nós do EKS (AmazonEKSWorkerNodePolicy, AmazonEC2ContainerRegistryPullOnly) e o SSM no lugar de SSH.");
        CfnAccessEntry.Builder.create(this, "NodeAccessEntry")
                .clusterName(cluster.getRef())
                .principalArn(nodeRole.getRoleArn())
                .type("EC2_LINUX")
                .build();

        interruptionQueue = Queue.Builder.create(this, "InterruptionQueue")
                .queueName(clusterName + "-karpenter")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(queueKey)
                .enforceSsl(true)
                .retentionPeriod(Duration.minutes(5))
                .build();
        Nag.suppress(interruptionQueue, "AwsSolutions-SQS3",
                "Fila de interrupções do Karpenter: avisos de Spot e de saúde valem por minutos; uma mensagem que o controlador não tratar perde o sentido, então não há DLQ.");
        Map<String, List<String>> events = new TreeMap<>(Map.of(
                "SpotInterruption", List.of("aws.ec2", "EC2 Spot Instance Interruption Warning"),
                "Rebalance", List.of("aws.ec2", "EC2 Instance Rebalance Recommendation"),
                "InstanceStateChange", List.of("aws.ec2", "EC2 Instance State-change Notification"),
                "ScheduledChange", List.of("aws.health", "AWS Health Event")));
        events.forEach((name, sourceAndType) -> Rule.Builder.create(this, name + "Rule")
                .description("Karpenter: " + sourceAndType.get(1) + " para a fila de interrupções.")
                .eventPattern(EventPattern.builder()
                        .source(List.of(sourceAndType.get(0)))
                        .detailType(List.of(sourceAndType.get(1)))
                        .build())
                .targets(List.of(new SqsQueue(interruptionQueue)))
                .build());

        PodIdentityRole controller = new PodIdentityRole(this, "ControllerPodIdentity", cluster.getRef(), NAMESPACE,
                SERVICE_ACCOUNT, "proteomics-karpenter-controller", "Controlador do Karpenter: cria e encerra nós EC2 do cluster",
                controllerPermissions(clusterName, queueKey));
        Nag.suppress(controller, "AwsSolutions-IAM5",
                "Política do controlador do Karpenter: ec2:RunInstances/CreateFleet/CreateLaunchTemplate e Describe* só aceitam Resource '*' na criação; exclusão e alteração são restritas por tags do cluster.");
    }

    /** The controller's permissions, from Karpenter's reference CloudFormation policy, scoped to this cluster by tags. */
    private List<PolicyStatement> controllerPermissions(String clusterName, IKey queueKey) {
        Map<String, Object> ownedByCluster = Map.of("StringEquals",
                Map.of("aws:ResourceTag/kubernetes.io/cluster/" + clusterName, "owned"));
        return List.of(
                statement(List.of("ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate", "ec2:CreateTags"), "*", null),
                statement(List.of("ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"), "*", ownedByCluster),
                statement(List.of("ec2:DescribeAvailabilityZones", "ec2:DescribeImages", "ec2:DescribeInstances",
                        "ec2:DescribeInstanceTypeOfferings", "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplates",
                        "ec2:DescribeSecurityGroups", "ec2:DescribeSpotPriceHistory", "ec2:DescribeSubnets",
                        "pricing:GetProducts"), "*", null),
                statement(List.of("ssm:GetParameter"), "arn:" + Aws.PARTITION + ":ssm:" + Aws.REGION + "::parameter/aws/service/*", null),
                statement(List.of("iam:PassRole"), nodeRole.getRoleArn(), null),
                statement(List.of("iam:CreateInstanceProfile", "iam:TagInstanceProfile", "iam:AddRoleToInstanceProfile",
                        "iam:RemoveRoleFromInstanceProfile", "iam:DeleteInstanceProfile", "iam:GetInstanceProfile"),
                        "arn:" + Aws.PARTITION + ":iam::" + Aws.ACCOUNT_ID + ":instance-profile/*", null),
                statement(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueUrl"), interruptionQueue.getQueueArn(), null),
                statement(List.of("kms:Decrypt"), queueKey.getKeyArn(), null),
                statement(List.of("eks:DescribeCluster"), "arn:" + Aws.PARTITION + ":eks:" + Aws.REGION + ":" + Aws.ACCOUNT_ID
                        + ":cluster/" + clusterName, null));
    }

    private static PolicyStatement statement(List<String> actions, String resource, Map<String, Object> conditions) {
        PolicyStatement.Builder statement = PolicyStatement.Builder.create().actions(actions).resources(List.of(resource));
        return (conditions == null ? statement : statement.conditions(conditions)).build();
    }

    Role nodeRole() {
        return nodeRole;
    }

    Queue interruptionQueue() {
        return interruptionQueue;
    }
}
