package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import java.util.List;

/**
 * An allow that is not pod to pod (the ALB's subnets, DNS in kube-system, the database and AWS endpoints in the
 * VPC) has no relationship in the model to justify it, so its NetworkPolicy says why in an annotation.
 */
final class NetworkPolicyReasonRule implements ManifestRule {

    static final String KEY = "k8s.networkPolicy.reason";

    static final String REASON = "proteomics.varsomics.com/reason";

    @Override
    public List<Finding> check(Overlay overlay) {
        return overlay.all(NetworkPolicy.class).stream()
                .filter(policy -> NetworkPolicyPeers.allows(policy.object()).stream().anyMatch(allow -> !allow.podToPod()))
                .filter(policy -> policy.object().getMetadata().getAnnotations().getOrDefault(REASON, "").isBlank())
                .map(policy -> new Finding(KEY, policy.location(),
                        policy.subject() + " allows traffic to or from outside the namespace's pods without saying why.",
                        "Add the annotation " + REASON + " naming what is on the other side."))
                .toList();
    }
}
