package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverlayFindingsTest {

    @Test
    void aTypoInTheBase_IsReportedOnce_NamingEveryOverlay_WhileAnOverlaysOwnProblemStaysApart() {
        Location base = Location.of("deploy/k8s/base/api/deployment.yaml");
        String typo = "Deployment 'api' (overlay '%s') has unknown field 'spec.replicaz'.";
        Finding replicas = new Finding("k8s.deployment.replicas", Location.of("deploy/k8s/overlays/prod/kustomization.yaml"),
                "Deployment 'web' (overlay 'prod') runs 2 replica(s).",
                "");

        assertThat(OverlayFindings.merge(List.of(new Finding("k8s.manifest.schema", base, typo.formatted("prod"), "Fix its spelling."), replicas,
                new Finding("k8s.manifest.schema", base, typo.formatted("staging"), "Fix its spelling.")))).containsExactly(
                new Finding("k8s.manifest.schema", Location.of("deploy/k8s/base/api/deployment.yaml"),
                        "Deployment 'api' (overlays 'prod', 'staging') has unknown field 'spec.replicaz'.",
                        "Fix its spelling."),
                replicas);
    }
}
