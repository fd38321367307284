package com.varsomics.archgen.k8s;

import java.util.Comparator;
import java.util.List;

/**
 * Kustomize's default ("legacy") output order: namespaces, service accounts, config and services before the
 * workloads that use them, webhooks last, everything else by group, version and kind, then namespace and name.
 */
final class LegacyOrder {

    private static final List<String> FIRST = List.of("Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition",
            "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap",
            "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim",
            "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget");
    private static final List<String> LAST = List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    private static final Comparator<Manifest> ORDER = Comparator.comparingInt(LegacyOrder::rank)
            .thenComparing(LegacyOrder::groupVersionKind)
            .thenComparing(Manifest::namespace)
            .thenComparing(Manifest::name);

    private LegacyOrder() {
    }

    static List<Manifest> sort(List<Manifest> manifests) {
        return manifests.stream().sorted(ORDER).toList();
    }

    private static int rank(Manifest manifest) {
        int first = FIRST.indexOf(manifest.kind());
        if (first >= 0) {
            return first - FIRST.size();
        }
        int last = LAST.indexOf(manifest.kind());
        return last >= 0 ? last + 1 : 0;
    }

    /** Kustomize's stable sort key: group, version and kind joined by '_', '~G' for the core group. */
    private static String groupVersionKind(Manifest manifest) {
        String apiVersion = manifest.apiVersion();
        int slash = apiVersion.indexOf('/');
        String group = slash >= 0 ? apiVersion.substring(0, slash) : "~G";
        String version = slash >= 0 ? apiVersion.substring(slash + 1) : apiVersion;
        return group + "_" + version + "_" + manifest.kind();
    }
}
