package com.varsomics.archgen.k8s;

import com.varsomics.archgen.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own deploy/k8s overlays render, parse strictly and pass every rule against the real workspace.dsl. */
class DeployK8sTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private static RenderedOverlay render(String overlay) {
        return new KustomizeRenderer(PROJECT).render(overlay, PROJECT.resolve(KubernetesOverlays.OVERLAYS).resolve(overlay));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "prod"})
    void realOverlay_ParsesStrictly_AndPassesEveryPolicyAndModelRule(String overlay) {
        var parsed = new StrictManifestParser().parse(render(overlay));

        assertThat(parsed.findings()).isEmpty();
        assertThat(KubernetesValidator.standard(Fixtures.realWorkspace()).findings(parsed.overlay())).isEmpty();
    }

    /**
     * Where kubectl is installed (developer machines), the renderer must give exactly what {@code kubectl kustomize}
     * gives for the real overlays; elsewhere the committed golden of the fixture tree (KustomizeRendererTest) stands.
     * Installed but failing is a failure, with kubectl's own message: an overlay kubectl refuses is broken.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "prod"})
    void realOverlay_RendersTheSameObjectsAsKubectlKustomize_WhenKubectlIsInstalled(String overlay, @TempDir Path temp)
            throws IOException, InterruptedException {
        Path expected = temp.resolve("kubectl.yaml");
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", KubernetesOverlays.OVERLAYS.resolve(overlay).toString())
                    .redirectOutput(expected.toFile()).redirectError(temp.resolve("kubectl.err").toFile()).start();
        } catch (IOException notInstalled) {
            Assumptions.abort("kubectl is not installed");
            return;
        }
        assertThat(kubectl.waitFor(120, TimeUnit.SECONDS)).as("kubectl kustomize finishes within 2 minutes").isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s: %s", overlay,
                Files.readString(temp.resolve("kubectl.err"), StandardCharsets.UTF_8)).isZero();
        Path ours = temp.resolve("ours.yaml");
        Files.writeString(ours, render(overlay).toYaml(), StandardCharsets.UTF_8);

        assertThat(K8sFixtures.documents(ours)).isEqualTo(K8sFixtures.documents(expected));
    }
}
