package com.varsomics.archgen.k8s;

import com.structurizr.model.Relationship;
import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Pod-to-pod traffic is exactly what the model's relationships between EKS workloads say: each such relationship
 * has an egress allow on its source's pods and an ingress allow on its destination's pods, and every pod-to-pod
 * allow is one of those relationships.
 */
final class NetworkPolicyModelRule implements ManifestRule {

    static final String KEY = "k8s.model.networkPolicy";

    private final EksWorkloads workloads;

    /** One allowed direction between the pods of two Deployments, and the policy that allows it. */
    private record Flow(String source, String destination, boolean ingress, Located<NetworkPolicy> policy) {

        boolean matches(String from, String to, boolean isIngress) {
            return source.equals(from) && destination.equals(to) && ingress == isIngress;
        }

        String direction() {
            return ingress ? "ingress" : "egress";
        }
    }

    NetworkPolicyModelRule(EksWorkloads workloads) {
        this.workloads = workloads;
    }

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        List<Flow> flows = flows(overlay, findings);
        List<Relationship> relationships = workloads.betweenWorkloads();
        for (Flow flow : flows) {
            boolean modelled = relationships.stream().anyMatch(relationship ->
                    flow.matches(deployment(relationship.getSource()), deployment(relationship.getDestination()), flow.ingress()));
            if (!modelled) {
                findings.add(new Finding(KEY, flow.policy().location(),
                        flow.policy().subject() + " allows " + flow.direction() + " from '" + flow.source() + "' pods to '"
                                + flow.destination() + "' pods, but " + workloads.model().dslFile()
                                + " has no relationship between the containers they run.",
                        "Add the relationship to the model, or remove the allow."));
            }
        }
        for (Relationship relationship : relationships) {
            String source = deployment(relationship.getSource());
            String destination = deployment(relationship.getDestination());
            for (boolean ingress : new boolean[]{false, true}) {
                if (flows.stream().noneMatch(flow -> flow.matches(source, destination, ingress))) {
                    findings.add(new Finding(KEY, workloads.model().where(relationship),
                            workloads.model().name(relationship) + " is between EKS workloads, but overlay '"
                                    + overlay.name() + "' has no NetworkPolicy allowing " + (ingress ? "ingress" : "egress")
                                    + " from '" + source + "' pods to '" + destination + "' pods.",
                            "Add that pod-to-pod allow."));
                }
            }
        }
        return findings;
    }

    private static List<Flow> flows(Overlay overlay, List<Finding> findings) {
        List<Flow> flows = new ArrayList<>();
        for (Located<NetworkPolicy> policy : overlay.all(NetworkPolicy.class)) {
            List<Located<Deployment>> selected = overlay.deploymentsSelectedBy(policy.namespace(), policy.object().getSpec().getPodSelector());
            for (NetworkPolicyPeers.Allow allow : NetworkPolicyPeers.allows(policy.object())) {
                if (!allow.podToPod()) {
                    continue;
                }
                List<Located<Deployment>> peers = overlay.deploymentsSelectedBy(policy.namespace(), allow.peer().getPodSelector());
                if (peers.isEmpty() || selected.isEmpty()) {
                    findings.add(new Finding(KEY, policy.location(),
                            policy.subject() + " has a pod-to-pod " + (allow.ingress() ? "ingress" : "egress")
                                    + " allow whose selectors match no Deployment's pods.",
                            "Fix the labels or remove the allow."));
                }
                for (Located<Deployment> own : selected) {
                    for (Located<Deployment> peer : peers) {
                        flows.add(allow.ingress() ? new Flow(peer.name(), own.name(), true, policy)
                                : new Flow(own.name(), peer.name(), false, policy));
                    }
                }
            }
        }
        return flows;
    }

    private static String deployment(com.structurizr.model.Element element) {
        return EksWorkloads.deploymentOf(element).orElseThrow();
    }
}
