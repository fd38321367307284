package com.varsomics.infra;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts the pipeline installs exist in deploy/helm, pin their upstream versions and have values per environment. */
class ClusterChartsTest {

    private static final Path HELM = Path.of("deploy/helm");
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The versions chapter 10 states (checked 2026-11-28); a chart bump changes both. */
    private static final Map<String, String> PINNED = Map.of(
            "karpenter", "1.14.1", "aws-load-balancer-controller", "3.4.2", "external-secrets", "2.10.0");

    @Test
    void everyClusterChartOfThePipeline_PinsItsUpstreamVersion_AndHasValuesForBothEnvironments() {
        assertThat(DeliveryStack.CLUSTER_CHARTS.keySet()).containsExactlyInAnyOrderElementsOf(PINNED.keySet());
        for (Map.Entry<String, String> chart : PINNED.entrySet()) {
            JsonNode dependency = YAML.readTree(HELM.resolve(chart.getKey()).resolve("Chart.yaml").toFile()).path("dependencies").get(0);
            assertThat(dependency.path("name").asString()).as(chart.getKey()).isEqualTo(chart.getKey());
            assertThat(dependency.path("version").asString()).as(chart.getKey()).isEqualTo(chart.getValue());
            assertValuesPerEnvironment(chart.getKey());
        }
        assertValuesPerEnvironment(DeliveryStack.NODE_POOL_CHART);
    }

    @Test
    void controllers_RunOnTheSystemNodeGroup_WithThePodIdentityServiceAccounts() {
        Map<String, String> serviceAccounts = Map.of("karpenter", "karpenter",
                "aws-load-balancer-controller", "aws-load-balancer-controller", "external-secrets", "external-secrets");
        for (Map.Entry<String, String> chart : serviceAccounts.entrySet()) {
            JsonNode values = YAML.readTree(HELM.resolve(chart.getKey()).resolve("values.yaml").toFile()).path(chart.getKey());
            assertThat(values.path("serviceAccount").path("name").asString()).isEqualTo(chart.getValue());
            assertThat(values.path("nodeSelector").path("proteomics.varsomics.com/node-role").asString()).isEqualTo("system");
        }
    }

    @Test
    void nodePool_IsOnDemandInThreeZones_WithTheModelsLimits() throws java.io.IOException {
        JsonNode values = YAML.readTree(HELM.resolve("karpenter-nodes/values.yaml").toFile());
        assertThat(values.path("zones").toString()).isEqualTo("[\"sa-east-1a\",\"sa-east-1b\",\"sa-east-1c\"]");
        assertThat(values.path("limits").path("cpu").asString()).isEqualTo("120");
        assertThat(values.path("nodeRole").asString()).isEqualTo("proteomics-karpenter-node");
        assertThat(Files.readString(HELM.resolve("karpenter-nodes/templates/nodepool.yaml"))).contains("values: [on-demand]");
    }

    private static void assertValuesPerEnvironment(String chart) {
        for (String environment : List.of("staging", "prod")) {
            assertThat(HELM.resolve(chart).resolve("values-" + environment + ".yaml")).as(chart + " " + environment).isRegularFile();
        }
    }
}
