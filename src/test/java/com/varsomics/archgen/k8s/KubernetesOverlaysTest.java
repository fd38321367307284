package com.varsomics.archgen.k8s;

import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.check.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build stage: every overlay of deploy/k8s/overlays to build/k8s/<overlay>.yaml, then all findings at once. */
class KubernetesOverlaysTest {

    @Test
    void renderAndCheck_WritesOneByteIdenticalFilePerOverlay(@TempDir Path project) throws IOException {
        copy(K8sFixtures.resources().resolve("k8s/valid"), project.resolve("deploy/k8s"));
        var stage = new KubernetesOverlays(project, project.resolve("build/k8s"));

        var first = stage.renderAndCheck(Fixtures.load("k8s.dsl"));
        byte[] prod = Files.readAllBytes(project.resolve("build/k8s/prod.yaml"));
        stage.renderAndCheck(Fixtures.load("k8s.dsl"));

        assertThat(first).containsExactly(project.resolve("build/k8s/prod.yaml"), project.resolve("build/k8s/staging.yaml"));
        assertThat(Files.readAllBytes(project.resolve("build/k8s/prod.yaml"))).isEqualTo(prod);
    }

    @Test
    void renderAndCheck_FailsWithTheFindingsOfEveryOverlay(@TempDir Path project) throws IOException {
        copy(K8sFixtures.resources().resolve("k8s/valid"), project.resolve("deploy/k8s"));
        var stage = new KubernetesOverlays(project, project.resolve("build/k8s"));

        assertThatThrownBy(() -> stage.renderAndCheck(Fixtures.load("k8s-worker-without-manifests.dsl")))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The Kubernetes manifests have 2 problem(s):\n")
                .hasMessageContaining("overlay 'prod' renders no Deployment 'worker'")
                .hasMessageContaining("overlay 'staging' renders no Deployment 'worker'");
        assertThat(project.resolve("build/k8s/prod.yaml")).as("written before the checks, to inspect").isNotEmptyFile();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
