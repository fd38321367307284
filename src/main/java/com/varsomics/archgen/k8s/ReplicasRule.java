package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.Objects;

/** Enough pods that losing one (or a zone, in production) leaves the service up. */
final class ReplicasRule implements ManifestRule {

    static final String KEY = "k8s.deployment.replicas";

    @Override
    public List<Finding> check(Overlay overlay) {
        int minimum = PodTemplates.minimumReplicas(overlay.name());
        return overlay.all(Deployment.class).stream()
                .filter(deployment -> Objects.requireNonNullElse(deployment.object().getSpec().getReplicas(), 1) < minimum)
                .map(deployment -> new Finding(KEY, deployment.location(),
                        deployment.subject() + " runs "
                                + Objects.requireNonNullElse(deployment.object().getSpec().getReplicas(), 1)
                                + " replica(s); " + overlay.name() + " needs at least " + minimum + ".",
                        "Raise `replicas` in the overlay's kustomization.yaml."))
                .toList();
    }
}
