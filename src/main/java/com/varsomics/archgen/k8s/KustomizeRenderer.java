package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} (Kustomize v5) does, for exactly the features the
 * manifests use: {@code resources} (files and folders), {@code labels[].pairs}, {@code images}, {@code replicas}
 * and JSON 6902 {@code patches} with a kind-and-name target, applied in Kustomize's order (patches, labels,
 * images, replicas) and sorted in Kustomize's legacy order. Anything else fails with the file and field, so the
 * build never silently renders something different from what the pipeline applies.
 */
public final class KustomizeRenderer {

    /** Kinds whose {@code spec.replicas} Kustomize's {@code replicas} field sets. */
    private static final Set<String> SCALABLE_KINDS = Set.of("Deployment", "ReplicaSet", "ReplicationController", "StatefulSet");

    private final Path displayRoot;

    /**
     * @param displayRoot messages show paths relative to this folder (the project directory)
     */
    public KustomizeRenderer(Path displayRoot) {
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /** Renders the kustomization in {@code directory}; {@code name} names the overlay in messages and outputs. */
    public RenderedOverlay render(String name, Path directory) {
        List<Manifest> manifests = build(directory.toAbsolutePath().normalize(), new HashSet<>());
        return new RenderedOverlay(name, LegacyOrder.sort(manifests));
    }

    private List<Manifest> build(Path directory, Set<Path> visiting) {
        if (!visiting.add(directory)) {
            throw new BuildException(display(directory) + ": this kustomization includes itself through its resources. "
                    + "Remove the cycle.");
        }
        KustomizationFile kustomization = KustomizationFile.read(directory, display(directory));
        Map<String, Manifest> byId = new LinkedHashMap<>();
        for (String resource : kustomization.resources()) {
            for (Manifest manifest : load(kustomization, resource, visiting)) {
                Manifest previous = byId.putIfAbsent(manifest.id(), manifest);
                if (previous != null) {
                    throw new BuildException(kustomization.display() + ": " + manifest.describe() + " is also declared in "
                            + previous.origin() + ". Kustomize refuses two objects with the same kind, namespace and name; "
                            + "keep one.");
                }
            }
        }
        List<Manifest> manifests = new ArrayList<>(byId.values());
        kustomization.patches().forEach(patch -> JsonPatch.apply(patch, target(kustomization, patch, manifests)));
        manifests.forEach(manifest -> addLabels(manifest, kustomization.labels()));
        kustomization.images().forEach(image -> manifests.forEach(manifest -> overrideImages(manifest.content(), image)));
        kustomization.replicas().forEach((deployment, count) -> setReplicas(kustomization, manifests, deployment, count));
        visiting.remove(directory);
        return manifests;
    }

    private List<Manifest> load(KustomizationFile kustomization, String resource, Set<Path> visiting) {
        if (resource.contains("://") || resource.startsWith("git@")) {
            throw new BuildException(kustomization.display() + ": resource '" + resource + "' is remote; the build renders "
                    + "local files only. Vendor it into the repository.");
        }
        Path path = kustomization.directory().resolve(resource).normalize();
        if (Files.isDirectory(path)) {
            return build(path, visiting);
        }
        Path file = inside(kustomization.directory(), resource,
                new Fields(null, kustomization.display(), "resources"));
        List<Manifest> manifests = new ArrayList<>();
        List<JsonNode> documents = ManifestYaml.readDocuments(file, display(file));
        List<ManifestLines> lines = ManifestLines.of(ManifestYaml.readText(file, display(file)));
        for (int i = 0; i < documents.size(); i++) {
            JsonNode document = documents.get(i);
            if (!(document instanceof ObjectNode object) || !object.path("kind").isString()
                    || !object.path("metadata").path("name").isString()) {
                throw new BuildException(display(file) + ": every document must be a Kubernetes object with kind and "
                        + "metadata.name.");
            }
            manifests.add(new Manifest(display(file), object, lines.size() == documents.size() ? lines.get(i) : ManifestLines.NONE));
        }
        return manifests;
    }

    /**
     * Kustomize's load restriction: a file it reads must be inside the kustomization's folder (folders of other
     * kustomizations may be anywhere).
     */
    static Path inside(Path directory, String relative, Fields field) {
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            throw field.unsupported("names '" + relative + "', a file outside the kustomization's folder, which "
                    + "kustomize refuses to load; move the file or make its folder a kustomization");
        }
        if (!Files.isRegularFile(file)) {
            throw field.unsupported("names '" + relative + "', which does not exist");
        }
        return file;
    }

    private static Manifest target(KustomizationFile kustomization, KustomizationFile.Patch patch, List<Manifest> manifests) {
        List<Manifest> targets = manifests.stream()
                .filter(manifest -> manifest.kind().equals(patch.kind()) && manifest.name().equals(patch.name()))
                .toList();
        if (targets.size() != 1) {
            throw new BuildException(kustomization.display() + ": the patch for " + patch.kind() + " '" + patch.name()
                    + "' matches " + targets.size() + " objects; it must match exactly one. Check the target's kind and name.");
        }
        return targets.getFirst();
    }

    private static void addLabels(Manifest manifest, Map<String, String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        ObjectNode metadata = (ObjectNode) manifest.content().get("metadata");
        JsonNode existing = metadata.path("labels");
        ObjectNode target = existing instanceof ObjectNode object ? object : metadata.putObject("labels");
        labels.forEach(target::put);
    }

    /** Like Kustomize's image transformer: the image of every entry of any {@code containers} or {@code initContainers} list. */
    private static void overrideImages(JsonNode node, ImageOverride override) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                boolean containers = property.getKey().equals("containers") || property.getKey().equals("initContainers");
                if (containers && property.getValue() instanceof ArrayNode list) {
                    for (JsonNode container : list) {
                        if (container instanceof ObjectNode c && c.path("image").isString()) {
                            override.apply(c.get("image").stringValue()).ifPresent(image -> c.put("image", image));
                        }
                    }
                }
                overrideImages(property.getValue(), override);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> overrideImages(element, override));
        }
    }

    private static void setReplicas(KustomizationFile kustomization, List<Manifest> manifests, String name, int count) {
        List<Manifest> targets = manifests.stream()
                .filter(manifest -> SCALABLE_KINDS.contains(manifest.kind()) && manifest.name().equals(name))
                .toList();
        if (targets.isEmpty()) {
            throw new BuildException(kustomization.display() + ": replicas for '" + name + "' match no Deployment, "
                    + "StatefulSet, ReplicaSet or ReplicationController. Fix the name.");
        }
        targets.forEach(manifest -> {
            JsonNode spec = manifest.content().path("spec");
            ObjectNode target = spec instanceof ObjectNode object ? object : manifest.content().putObject("spec");
            target.put("replicas", count);
        });
    }

    private Path display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(displayRoot) ? displayRoot.relativize(absolute) : absolute;
    }
}
