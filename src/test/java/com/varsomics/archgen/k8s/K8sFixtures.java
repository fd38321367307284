package com.varsomics.archgen.k8s;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The kustomize trees under src/test/resources/k8s: {@code valid/} passes every rule, each {@code invalid/<case>}
 * breaks one on top of valid/overlays/prod, each {@code renderer/<case>} uses a Kustomize feature the renderer refuses.
 * Messages name files relative to src/test/resources ({@code k8s/valid/base/api.yaml}).
 */
final class K8sFixtures {

    private K8sFixtures() {
    }

    static Path resources() {
        try {
            return Path.of(K8sFixtures.class.getResource("/k8s").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders {@code k8s/<relativeDirectory>} as the overlay {@code overlay}. */
    static RenderedOverlay render(String relativeDirectory, String overlay) {
        return new KustomizeRenderer(resources()).render(overlay, resources().resolve("k8s").resolve(relativeDirectory));
    }

    static StrictManifestParser.Result parse(String relativeDirectory, String overlay) {
        return new StrictManifestParser().parse(render(relativeDirectory, overlay));
    }

    /** The documents of a YAML file or text, for comparing renderings by content. */
    static List<JsonNode> documents(Path file) {
        return ManifestYaml.readDocuments(file, file.getFileName());
    }
}
