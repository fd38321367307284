package com.varsomics.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.codepipeline.Artifact;
import software.amazon.awscdk.services.codepipeline.CfnPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pipeline's CodePipeline EKS deploy actions (controllers' charts, node pool chart, Kustomize overlay), which CDK
 * has no construct for: added to the pipeline template as property overrides by {@link DeliveryStack}.
 */
final class EksDeployActions {

    private EksDeployActions() {
    }

    /** Appends the actions to a stage of the pipeline template, after the {@code existing} actions CDK declared. */
    static void addEksActions(CfnPipeline pipeline, int stage, int existing, List<Map<String, Object>> actions) {
        for (int i = 0; i < actions.size(); i++) {
            pipeline.addPropertyOverride("Stages." + stage + ".Actions." + (existing + i), actions.get(i));
        }
    }

    /**
     * CodePipeline's EKS deploy actions in the environment's account (cross-account through {@code RoleArn}), inside that
     * account's VPC because the cluster endpoint is private: the controllers' charts (run order 2), then Karpenter's
     * node pool chart and the Kustomize overlay the build rendered and pinned (run order 3).
     */
    static List<Map<String, Object>> eksDeployActions(PlatformSettings settings, String environment, Artifact input) {
        List<Map<String, Object>> actions = new ArrayList<>();
        DeliveryStack.CLUSTER_CHARTS.forEach((release, namespace) -> actions.add(eksAction(settings, environment, input, "Helm-" + release, 2,
                helmConfiguration(release, namespace, environment))));
        actions.add(eksAction(settings, environment, input, "Helm-" + DeliveryStack.NODE_POOL_CHART, 3,
                helmConfiguration(DeliveryStack.NODE_POOL_CHART, "kube-system", environment)));
        actions.add(eksAction(settings, environment, input, "Kubernetes", 3,
                new TreeMap<>(Map.of("ManifestFiles", "build/k8s/" + environment + ".yaml"))));
        return actions;
    }

    private static Map<String, Object> helmConfiguration(String release, String namespace, String environment) {
        return new TreeMap<>(Map.of(
                "HelmReleaseName", release,
                "HelmChartLocation", "deploy/helm/" + release,
                "HelmValuesFiles", "deploy/helm/" + release + "/values-" + environment + ".yaml",
                "Namespace", namespace));
    }

    private static Map<String, Object> eksAction(PlatformSettings settings, String environment, Artifact input, String name,
                                                 int runOrder, Map<String, Object> deployment) {
        PlatformSettings.DeployTarget target = settings.deployTargets().get(environment);
        Map<String, Object> configuration = new TreeMap<>(deployment);
        configuration.put("ClusterName", PlatformSettings.clusterName(environment));
        configuration.put("Subnets", String.join(",", target.subnetIds()));
        configuration.put("SecurityGroupIds", target.securityGroupId());
        Map<String, Object> action = new TreeMap<>();
        action.put("Name", name);
        action.put("ActionTypeId", new TreeMap<>(Map.of("Category", "Deploy", "Owner", "AWS", "Provider", "EKS", "Version", "1")));
        action.put("Configuration", configuration);
        action.put("InputArtifacts", List.of(Map.of("Name", input.getArtifactName())));
        action.put("Region", PlatformSettings.WORKLOAD_REGION);
        action.put("RoleArn", "arn:" + Aws.PARTITION + ":iam::" + settings.accountOf(environment) + ":role/" + ComputeStack.EKS_DEPLOY_ROLE_NAME);
        action.put("RunOrder", runOrder);
        return action;
    }
}
