package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;

/** Pods spread evenly over availability zones, so one zone failing takes at most its share of them. */
final class TopologySpreadRule implements ManifestRule {

    static final String KEY = "k8s.deployment.topologySpread";

    static final String ZONE = "topology.kubernetes.io/zone";

    @Override
    public List<Finding> check(Overlay overlay) {
        return overlay.all(Deployment.class).stream()
                .filter(deployment -> PodTemplates.podSpec(deployment).getTopologySpreadConstraints().stream()
                        .noneMatch(constraint -> spreadsOverZones(constraint, deployment)))
                .map(deployment -> new Finding(KEY, deployment.location(),
                        deployment.subject() + " does not spread its pods over zones.",
                        "Add a topologySpreadConstraint with topologyKey " + ZONE
                                + ", maxSkew 1, whenUnsatisfiable DoNotSchedule and a labelSelector that selects its pods."))
                .toList();
    }

    private static boolean spreadsOverZones(TopologySpreadConstraint constraint, Located<Deployment> deployment) {
        return ZONE.equals(constraint.getTopologyKey())
                && Integer.valueOf(1).equals(constraint.getMaxSkew())
                && "DoNotSchedule".equals(constraint.getWhenUnsatisfiable())
                && LabelSelectors.matches(constraint.getLabelSelector(), Overlay.podLabels(deployment.object()));
    }
}
