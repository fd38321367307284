package com.varsomics.archgen.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The built-in kinds the manifests may use, each at the stable API version current EKS clusters serve, and the
 * fabric8 class that types it. Naming them avoids fabric8's scan of every model class (seconds per build) and
 * refuses beta or removed versions (policy/v1beta1 PodDisruptionBudget) that fabric8 would still accept.
 */
final class TypedKinds {

    private static final Map<String, Class<? extends HasMetadata>> CLASSES = Map.of(
            "v1 Namespace", Namespace.class,
            "v1 ServiceAccount", ServiceAccount.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "v1 Service", Service.class,
            "apps/v1 Deployment", Deployment.class,
            "networking.k8s.io/v1 Ingress", Ingress.class,
            "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class);

    private TypedKinds() {
    }

    static Optional<Class<? extends HasMetadata>> classOf(String apiVersion, String kind) {
        return Optional.ofNullable(CLASSES.get(apiVersion + " " + kind));
    }

    static String supported() {
        return String.join(", ", new TreeSet<>(CLASSES.keySet()));
    }
}
