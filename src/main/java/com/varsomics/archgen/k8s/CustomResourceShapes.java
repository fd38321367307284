package com.varsomics.archgen.k8s;

import java.util.Map;
import java.util.Optional;

import static com.varsomics.archgen.k8s.Shape.list;
import static com.varsomics.archgen.k8s.Shape.object;
import static com.varsomics.archgen.k8s.Shape.text;

/**
 * The custom resources the manifests may use, keyed by {@code apiVersion kind}, with their minimal shapes
 * (a subset of the External Secrets Operator v1 CRDs: only the fields these manifests need).
 */
final class CustomResourceShapes {

    static final String EXTERNAL_SECRET = "external-secrets.io/v1 ExternalSecret";
    static final String CLUSTER_SECRET_STORE = "external-secrets.io/v1 ClusterSecretStore";

    private static final Shape REMOTE_REFERENCE = object(Map.of("key", text(), "property", text(), "version", text()), "key");

    private static final Map<String, Shape> SPECS = Map.of(
            EXTERNAL_SECRET, object(Map.of(
                    "refreshInterval", text(),
                    "secretStoreRef", object(Map.of("name", text(), "kind", text("ClusterSecretStore", "SecretStore")), "name", "kind"),
                    "target", object(Map.of("name", text(), "creationPolicy", text("Owner", "Orphan", "Merge", "None"),
                            "deletionPolicy", text("Retain", "Delete", "Merge")), "name"),
                    "data", list(object(Map.of("secretKey", text(), "remoteRef", REMOTE_REFERENCE), "secretKey", "remoteRef"))),
                    "secretStoreRef", "target", "data"),
            CLUSTER_SECRET_STORE, object(Map.of(
                    "conditions", list(object(Map.of("namespaces", list(text())), "namespaces")),
                    "provider", object(Map.of("aws", object(Map.of(
                            "service", text("SecretsManager", "ParameterStore"), "region", text(), "role", text()),
                            "service", "region")), "aws")),
                    "provider"));

    private CustomResourceShapes() {
    }

    /** The shape of a resource's {@code spec}, if {@code apiVersion kind} is a supported custom resource. */
    static Optional<Shape> specOf(String apiVersion, String kind) {
        return Optional.ofNullable(SPECS.get(apiVersion + " " + kind));
    }

    static String supported() {
        return EXTERNAL_SECRET + ", " + CLUSTER_SECRET_STORE;
    }
}
