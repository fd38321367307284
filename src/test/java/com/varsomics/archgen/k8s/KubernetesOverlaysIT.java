package com.varsomics.archgen.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the overlays that {@code ./mvnw package} rendered to build/k8s, the files the document links and the pipeline applies. */
class KubernetesOverlaysIT {

    private static final Path RENDERED = Path.of(System.getProperty("archgen.buildDirectory", "build"), "k8s");
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "prod"})
    void renderedOverlay_ParsesStrictly_AndEqualsAFreshRenderingByteForByte(String overlay) throws IOException {
        Path file = RENDERED.resolve(overlay + ".yaml");
        assertThat(file).isNotEmptyFile();

        RenderedOverlay fresh = new KustomizeRenderer(PROJECT).render(overlay, PROJECT.resolve(KubernetesOverlays.OVERLAYS).resolve(overlay));
        assertThat(Files.readString(file)).isEqualTo(fresh.toYaml());

        var fromFile = new RenderedOverlay(overlay, K8sFixtures.documents(file).stream()
                .map(document -> new Manifest(file, (tools.jackson.databind.node.ObjectNode) document)).toList());
        var parsed = new StrictManifestParser().parse(fromFile);
        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.overlay().all(io.fabric8.kubernetes.api.model.apps.Deployment.class)).extracting(Located::name)
                .containsExactly("api", "status-consumer", "web");
    }
}
