package com.varsomics.archgen.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A rendered overlay whose every object parsed strictly into the typed Kubernetes model: what the rules check. */
public final class Overlay {

    private final String name;
    private final List<Located<? extends HasMetadata>> objects;

    public Overlay(String name, List<Located<? extends HasMetadata>> objects) {
        this.name = name;
        this.objects = List.copyOf(objects);
    }

    public String name() {
        return name;
    }

    /** Every object of one typed kind, in rendering order. */
    public <T extends HasMetadata> List<Located<T>> all(Class<T> type) {
        return objects.stream()
                .filter(located -> type.isInstance(located.object()))
                .map(located -> new Located<>(type.cast(located.object()), located.source(), located.overlay()))
                .toList();
    }

    /** Custom resources (parsed as generic objects) of one kind. */
    public List<Located<GenericKubernetesResource>> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(located -> located.object().getKind().equals(kind)).toList();
    }

    /** The Deployments in {@code namespace} whose pods {@code selector} selects. */
    public List<Located<Deployment>> deploymentsSelectedBy(String namespace, LabelSelector selector) {
        return all(Deployment.class).stream()
                .filter(deployment -> Objects.equals(deployment.namespace(), namespace))
                .filter(deployment -> LabelSelectors.matches(selector, podLabels(deployment.object())))
                .toList();
    }

    public static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }
}
