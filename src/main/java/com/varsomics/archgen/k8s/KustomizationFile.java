package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kustomization.yaml, read strictly: only the fields {@link KustomizeRenderer} implements are accepted, so the
 * build can never render something different from {@code kubectl kustomize} without saying so.
 *
 * @param directory   the kustomization's folder
 * @param display     the kustomization file as shown in messages
 * @param resources   files and folders, relative to {@code directory}
 * @param labels      labels added to every object's metadata (Kustomize {@code labels[].pairs})
 * @param images      image overrides (Kustomize {@code images})
 * @param replicas    replica counts by Deployment name (Kustomize {@code replicas})
 * @param patches     JSON 6902 patches with their targets
 */
record KustomizationFile(Path directory, Path display, List<String> resources, Map<String, String> labels,
                         List<ImageOverride> images, Map<String, Integer> replicas, List<Patch> patches) {

    static final String FILE_NAME = "kustomization.yaml";

    private static final Set<String> TOP_LEVEL = Set.of("apiVersion", "kind", "resources", "labels", "images", "replicas", "patches");

    /**
     * A JSON 6902 patch and the one object it applies to.
     *
     * @param display the file that holds the operations
     * @param field   the field path of the operations in that file ({@code patches[0].patch} inline, empty in a patch file)
     */
    record Patch(String kind, String name, JsonNode operations, Path display, String field) {
    }

    static KustomizationFile read(Path directory, Path displayDirectory) {
        Path file = directory.resolve(FILE_NAME);
        Path display = displayDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new BuildException(displayDirectory + ": no " + FILE_NAME + " in this folder. Every resource folder "
                    + "must be a kustomization named " + FILE_NAME + " (other spellings are not supported).");
        }
        Fields root = new Fields(ManifestYaml.readSingle(file, display), display, "");
        root.allowOnly(TOP_LEVEL);
        root.requireValue("apiVersion", "kustomize.config.k8s.io/v1beta1");
        root.requireValue("kind", "Kustomization");

        List<String> resources = root.list("resources").stream().map(entry -> entry.text()).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Fields entry : root.list("labels")) {
            entry.allowOnly(Set.of("pairs"));
            entry.object("pairs").forEach((key, value) -> labels.put(key, value.text()));
        }
        List<ImageOverride> images = root.list("images").stream().map(ImageOverride::from).toList();
        Map<String, Integer> replicas = new LinkedHashMap<>();
        for (Fields entry : root.list("replicas")) {
            entry.allowOnly(Set.of("name", "count"));
            replicas.put(entry.field("name").text(), entry.field("count").integer());
        }
        List<Patch> patches = new ArrayList<>();
        for (Fields entry : root.list("patches")) {
            patches.add(patch(entry, directory, displayDirectory));
        }
        return new KustomizationFile(directory, display, resources, labels, images, replicas, patches);
    }

    private static Patch patch(Fields entry, Path directory, Path displayDirectory) {
        entry.allowOnly(Set.of("target", "path", "patch"));
        Fields target = entry.field("target");
        target.allowOnly(Set.of("kind", "name"));
        String kind = target.field("kind").literal();
        String name = target.field("name").literal();
        JsonNode operations;
        Path display;
        String field = "";
        if (entry.has("path") == entry.has("patch")) {
            throw entry.unsupported("needs exactly one of 'path' (a file) or 'patch' (inline text)");
        } else if (entry.has("path")) {
            String relative = entry.field("path").text();
            Path file = KustomizeRenderer.inside(directory, relative, entry);
            display = displayDirectory.resolve(relative).normalize();
            operations = ManifestYaml.readSingle(file, display);
        } else {
            display = entry.location();
            field = entry.field("patch").path();
            operations = ManifestYaml.readTree(entry.field("patch").text(), display);
        }
        if (operations == null || !operations.isArray()) {
            throw entry.unsupported("is not a JSON 6902 patch (a list of operations); strategic-merge patches are not "
                    + "supported. Write it as `- op: replace` / `path:` / `value:` operations");
        }
        return new Patch(kind, name, operations, display, field);
    }
}
