package com.varsomics.archgen.k8s;

import com.varsomics.archgen.validation.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverlayFindingsTest {

    @Test
    void aTypoInTheBase_IsReportedOnce_NamingEveryOverlay_WhileAnOverlaysOwnProblemStaysApart() {
        String typo = "deploy/k8s/base/api/deployment.yaml: Deployment 'api' (overlay '%s') has unknown field 'spec.replicaz'. Fix its spelling.";
        Finding replicas = new Finding("k8s.deployment.replicas", "deploy/k8s/overlays/prod/kustomization.yaml: Deployment 'web' (overlay 'prod') runs 2 replica(s).");

        assertThat(OverlayFindings.merge(List.of(new Finding("k8s.manifest.schema", typo.formatted("prod")), replicas,
                new Finding("k8s.manifest.schema", typo.formatted("staging"))))).containsExactly(
                new Finding("k8s.manifest.schema", "deploy/k8s/base/api/deployment.yaml: Deployment 'api' (overlays 'prod', 'staging') has "
                        + "unknown field 'spec.replicaz'. Fix its spelling."),
                replicas);
    }
}
