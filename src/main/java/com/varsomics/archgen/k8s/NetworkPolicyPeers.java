package com.varsomics.archgen.k8s;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

import java.util.List;
import java.util.stream.Stream;

/**
 * The peers a NetworkPolicy allows, split the way the rules need: pod-to-pod peers (a pod selector in the same
 * namespace, which must match the model) and every other allow (addresses, other namespaces, "anything").
 */
final class NetworkPolicyPeers {

    /** An allow: {@code peer} may reach (ingress) or be reached from (egress) the pods the policy selects; null = anyone. */
    record Allow(boolean ingress, NetworkPolicyPeer peer) {

        boolean podToPod() {
            return peer != null && peer.getPodSelector() != null && peer.getNamespaceSelector() == null && peer.getIpBlock() == null;
        }
    }

    private NetworkPolicyPeers() {
    }

    static List<Allow> allows(NetworkPolicy policy) {
        Stream<Allow> ingress = policy.getSpec().getIngress().stream()
                .flatMap(rule -> rule.getFrom().isEmpty() ? Stream.of(new Allow(true, null)) : rule.getFrom().stream().map(peer -> new Allow(true, peer)));
        Stream<Allow> egress = policy.getSpec().getEgress().stream()
                .flatMap(rule -> rule.getTo().isEmpty() ? Stream.of(new Allow(false, null)) : rule.getTo().stream().map(peer -> new Allow(false, peer)));
        return Stream.concat(ingress, egress).toList();
    }
}
