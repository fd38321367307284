package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer gives what kubectl kustomize gives for the features it implements, and refuses all others by file and field. */
class KustomizeRendererTest {

    /** k8s/expected/<overlay>.yaml is the output of `kubectl kustomize` (Kustomize v5.5.0) for the valid fixture. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "prod"})
    void render_GivesTheSameObjectsInTheSameOrderAsKubectlKustomize(String overlay, @TempDir Path temp) throws IOException {
        Path rendered = temp.resolve(overlay + ".yaml");
        Files.writeString(rendered, K8sFixtures.render("valid/overlays/" + overlay, overlay).toYaml(), StandardCharsets.UTF_8);

        assertThat(K8sFixtures.documents(rendered))
                .isEqualTo(K8sFixtures.documents(K8sFixtures.resources().resolve("k8s/expected/" + overlay + ".yaml")));
    }

    @Test
    void render_KeepsTheFileEachObjectCameFrom() {
        var manifests = K8sFixtures.render("valid/overlays/prod", "prod").manifests();

        assertThat(manifests).extracting(manifest -> manifest.kind() + " " + manifest.name() + " " + manifest.origin())
                .contains("Deployment api k8s/valid/base/api.yaml", "Namespace fixture k8s/valid/base/platform.yaml");
    }

    @Test
    void toYaml_IsByteIdenticalAcrossRuns_AndKeepsNumberLikeStringsQuoted() {
        String first = K8sFixtures.render("valid/overlays/prod", "prod").toYaml();
        String second = K8sFixtures.render("valid/overlays/prod", "prod").toYaml();

        assertThat(first).isEqualTo(second);
        assertThat(first).contains("alb.ingress.kubernetes.io/ssl-redirect: \"443\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            namespace-field       | k8s/renderer/namespace-field/kustomization.yaml: field 'namespace' is not supported by the build's Kustomize renderer (supported here: apiVersion, images, kind, labels, patches, replicas, resources). Remove it, or teach KustomizeRenderer the field so the build keeps rendering exactly what kustomize renders.
            labels-into-selectors | k8s/renderer/labels-into-selectors/kustomization.yaml: field 'labels[0].includeSelectors' is not supported by the build's Kustomize renderer (supported here: pairs). Remove it, or teach KustomizeRenderer the field so the build keeps rendering exactly what kustomize renders.
            strategic-merge-patch | k8s/renderer/strategic-merge-patch/kustomization.yaml: field 'patches[0]' is not a JSON 6902 patch (a list of operations); strategic-merge patches are not supported. Write it as `- op: replace` / `path:` / `value:` operations.
            regex-target          | k8s/renderer/regex-target/kustomization.yaml: field 'patches[0].target.name' 'a.*' would be a regular expression for kustomize; name one object literally.
            missing-patch-path    | k8s/renderer/missing-patch-path/kustomization.yaml: field 'patches[0].patch[0].path' ('/spec/paused') does not exist in k8s/valid/base/api.yaml: Deployment 'api'; check the path against the rendered object.
            both-tag-and-digest   | k8s/renderer/both-tag-and-digest/kustomization.yaml: field 'images[0]' sets both newTag and digest; pin the image by one of them.
            duplicate-object      | k8s/renderer/duplicate-object/kustomization.yaml: k8s/valid/base/platform.yaml: Namespace 'fixture' is also declared in k8s/valid/base/platform.yaml. Kustomize refuses two objects with the same kind, namespace and name; keep one.
            file-outside-folder   | k8s/renderer/file-outside-folder/kustomization.yaml: field 'resources' names '../../valid/base/api.yaml', a file outside the kustomization's folder, which kustomize refuses to load; move the file or make its folder a kustomization.
            """)
    void render_FailsWithFileAndField_OnAnythingItDoesNotRenderLikeKustomize(String fixture, String message) {
        assertThatThrownBy(() -> K8sFixtures.render("renderer/" + fixture, "prod"))
                .isInstanceOf(BuildException.class)
                .hasMessage(message);
    }

    @Test
    void imageOverride_ReplacesNameAndTagOrDigest_OnlyForTheNamedImage() {
        var digest = new ImageOverride("fixture/api", java.util.Optional.of("ecr/api"), java.util.Optional.empty(),
                java.util.Optional.of("sha256:ab"));

        assertThat(digest.apply("fixture/api")).hasValue("ecr/api@sha256:ab");
        assertThat(digest.apply("fixture/api:1.0")).hasValue("ecr/api@sha256:ab");
        assertThat(digest.apply("fixture/apiserver")).isEmpty();
        assertThat(ImageOverride.nameOf("registry:5000/team/app:v1")).isEqualTo("registry:5000/team/app");
    }
}
