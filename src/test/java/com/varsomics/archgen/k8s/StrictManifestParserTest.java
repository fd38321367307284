package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.ExpectedFinding;
import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every object parses into the typed model as strictly as the API server decodes it. */
class StrictManifestParserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "prod"})
    void parse_AcceptsEveryObjectOfTheValidOverlays(String overlay) {
        var result = K8sFixtures.parse("valid/overlays/" + overlay, overlay);

        assertThat(result.findings()).isEmpty();
        assertThat(result.overlay().all(io.fabric8.kubernetes.api.model.HasMetadata.class)).hasSize(20);
    }

    @Test
    void parse_ReadsExplicitNullFieldsAsAbsent_LikeTheApiServer() {
        var deployment = (tools.jackson.databind.node.ObjectNode) ManifestYaml.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: fixture}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: web, env: null}]
                """, java.nio.file.Path.of("inline.yaml"));
        var result = new StrictManifestParser().parse(new RenderedOverlay("prod", List.of(new Manifest(java.nio.file.Path.of("inline.yaml"), deployment))));

        assertThat(result.findings()).isEmpty();
        assertThat(result.overlay().all(Deployment.class).getFirst().object().getSpec().getTemplate().getSpec()
                .getContainers().getFirst().getEnv()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-field        | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod') has unknown field 'spec.template.spec.containers[0].securityContxt'. | Fix its spelling or remove it: the Kubernetes API rejects unknown fields.
            string-for-number    | k8s/valid/base/api.yaml | HorizontalPodAutoscaler 'api' (overlay 'prod') has a wrong value at 'spec.maxReplicas': Cannot coerce String value ("9") to `java.lang.Integer` value. | Write it with the type the Kubernetes API expects.
            retired-api-version  | k8s/invalid/retired-api-version/pdb.yaml | PodDisruptionBudget 'legacy' (overlay 'prod') is policy/v1beta1 PodDisruptionBudget, which the build does not accept (beta, removed or unknown). | Use one of apps/v1 Deployment, autoscaling/v2 HorizontalPodAutoscaler, networking.k8s.io/v1 Ingress, networking.k8s.io/v1 NetworkPolicy, policy/v1 PodDisruptionBudget, v1 ConfigMap, v1 Namespace, v1 Secret, v1 Service, v1 ServiceAccount, external-secrets.io/v1 ExternalSecret, external-secrets.io/v1 ClusterSecretStore.
            external-secret-typo | k8s/valid/base/platform.yaml | ExternalSecret 'database' (overlay 'prod') has unknown field 'spec.target.nmae'; fix it against the external-secrets.io/v1 ExternalSecret schema. |
            """)
    void parse_ReportsTheFileObjectAndFieldPath_OfWhatTheApiWouldReject(String fixture, String location, String message, String remedy) {
        var result = K8sFixtures.parse("invalid/" + fixture, "prod");

        assertThat(result.findings()).containsExactly(ExpectedFinding.of(StrictManifestParser.KEY, location, message, remedy));
    }
}
