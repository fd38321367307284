package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;

import java.util.List;
import java.util.Objects;

/**
 * In every namespace that runs workloads, one NetworkPolicy selects all pods and allows nothing in either
 * direction; every flow is then an explicit allow that the other rules can check.
 */
final class DefaultDenyRule implements ManifestRule {

    static final String KEY = "k8s.networkPolicy.defaultDeny";

    @Override
    public List<Finding> check(Overlay overlay) {
        return overlay.all(Deployment.class).stream().map(Located::namespace).distinct()
                .filter(namespace -> overlay.all(NetworkPolicy.class).stream()
                        .noneMatch(policy -> Objects.equals(policy.namespace(), namespace) && deniesAll(policy.object().getSpec())))
                .map(namespace -> new Finding(KEY, Location.NONE, "namespace '" + namespace + "' (overlay '" + overlay.name()
                        + "') has no default-deny NetworkPolicy.", "Add one with podSelector: {}, policyTypes [Ingress, Egress] and no rules."))
                .toList();
    }

    private static boolean deniesAll(NetworkPolicySpec spec) {
        return LabelSelectors.isEmpty(spec.getPodSelector())
                && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && spec.getIngress().isEmpty() && spec.getEgress().isEmpty();
    }
}
