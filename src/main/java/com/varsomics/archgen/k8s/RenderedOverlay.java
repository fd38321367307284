package com.varsomics.archgen.k8s;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An overlay rendered into the objects {@code kubectl apply -k} would send.
 *
 * @param name      the overlay's folder name (staging, prod)
 * @param manifests the objects in Kustomize's output order
 */
public record RenderedOverlay(String name, List<Manifest> manifests) {

    /** The multi-document YAML written to {@code build/k8s/<name>.yaml}: same input, same bytes. */
    public String toYaml() {
        return manifests.stream().map(manifest -> ManifestYaml.write(manifest.content()))
                .collect(Collectors.joining("---\n"));
    }
}
