package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Each Deployment scales with load through one HorizontalPodAutoscaler whose floor keeps the environment's minimum
 * replicas, and no autoscaler points at a Deployment that does not exist.
 */
final class AutoscalerRule implements ManifestRule {

    static final String KEY = "k8s.workload.hpa";

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        List<Located<HorizontalPodAutoscaler>> autoscalers = overlay.all(HorizontalPodAutoscaler.class);
        int minimum = PodTemplates.minimumReplicas(overlay.name());
        for (Located<Deployment> deployment : overlay.all(Deployment.class)) {
            List<Located<HorizontalPodAutoscaler>> targeting = autoscalers.stream()
                    .filter(autoscaler -> targets(autoscaler, deployment)).toList();
            if (targeting.size() != 1) {
                findings.add(new Finding(KEY, deployment.location(),
                        deployment.subject() + " is scaled by " + targeting.size()
                                + " HorizontalPodAutoscalers; it needs exactly one (autoscaling/v2, scaleTargetRef to this Deployment).",
                        ""));
                continue;
            }
            HorizontalPodAutoscalerSpec spec = targeting.getFirst().object().getSpec();
            int floor = Objects.requireNonNullElse(spec.getMinReplicas(), 1);
            if (floor < minimum || spec.getMaxReplicas() <= floor || spec.getMetrics().isEmpty()) {
                findings.add(new Finding(KEY, targeting.getFirst().location(),
                        targeting.getFirst().subject() + " scales between " + floor + " and " + spec.getMaxReplicas()
                                + " with " + spec.getMetrics().size() + " metric(s); " + overlay.name()
                                + " needs minReplicas >= " + minimum + ", maxReplicas above it and at least one metric.",
                        ""));
            }
        }
        autoscalers.stream()
                .filter(autoscaler -> overlay.all(Deployment.class).stream().noneMatch(deployment -> targets(autoscaler, deployment)))
                .forEach(autoscaler -> findings.add(new Finding(KEY, autoscaler.location(),
                        autoscaler.subject() + " targets " + autoscaler.object().getSpec().getScaleTargetRef().getKind()
                                + " '" + autoscaler.object().getSpec().getScaleTargetRef().getName()
                                + "', which the overlay does not render.",
                        "Point scaleTargetRef at a Deployment of the same namespace.")));
        return findings;
    }

    private static boolean targets(Located<HorizontalPodAutoscaler> autoscaler, Located<Deployment> deployment) {
        var target = autoscaler.object().getSpec().getScaleTargetRef();
        return "Deployment".equals(target.getKind()) && deployment.name().equals(target.getName())
                && Objects.equals(autoscaler.namespace(), deployment.namespace());
    }
}
