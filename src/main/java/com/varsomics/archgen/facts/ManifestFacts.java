package com.varsomics.archgen.facts;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.k8s.ManifestYaml;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Values the deliverables quote from the rendered Kubernetes overlays ({@code build/k8s/<overlay>.yaml}): each
 * autoscaler's floor and ceiling, and the API's upload settings (presigned URL lifetime, multipart part size).
 * Attributes of {@code prod} carry no suffix; other overlays end in {@code -<overlay>}.
 */
public final class ManifestFacts {

    private static final String API_CONFIG = "api-config";

    private ManifestFacts() {
    }

    public static List<Fact> read(Path kubernetesDirectory, List<String> overlays) {
        List<Fact> facts = new ArrayList<>();
        for (String overlay : overlays) {
            String suffix = overlay.equals("prod") ? "" : "-" + overlay;
            Path file = kubernetesDirectory.resolve(overlay + ".yaml");
            Path shown = Path.of("build/k8s", overlay + ".yaml");
            for (JsonNode object : ManifestYaml.readDocuments(file, shown)) {
                String kind = object.path("kind").asString("");
                String name = object.path("metadata").path("name").asString("");
                String source = shown + ": " + kind + "/" + name;
                if (kind.equals("HorizontalPodAutoscaler")) {
                    facts.add(new Fact("hpa-" + name + "-min" + suffix, object.path("spec").path("minReplicas").asString(), source));
                    facts.add(new Fact("hpa-" + name + "-max" + suffix, object.path("spec").path("maxReplicas").asString(), source));
                }
                if (kind.equals("ConfigMap") && name.equals(API_CONFIG) && overlay.equals("prod")) {
                    JsonNode data = object.path("data");
                    facts.add(new Fact("upload-url-expiry-seconds", Long.toString(wholeNumber(data, "UPLOAD_URL_EXPIRY_SECONDS", source)), source));
                    facts.add(new Fact("upload-url-expiry-minutes", Long.toString(wholeNumber(data, "UPLOAD_URL_EXPIRY_SECONDS", source) / 60), source));
                    facts.add(new Fact("upload-part-size-mib", Long.toString(wholeNumber(data, "UPLOAD_PART_SIZE_MIB", source)), source));
                }
            }
        }
        return facts;
    }

    /** {@code Kind/name} of every object that each of the overlays renders. */
    public static Set<String> objectsInEveryOverlay(Path kubernetesDirectory, List<String> overlays) {
        Set<String> common = null;
        for (String overlay : overlays) {
            Set<String> objects = new TreeSet<>();
            for (JsonNode object : ManifestYaml.readDocuments(kubernetesDirectory.resolve(overlay + ".yaml"), Path.of("build/k8s", overlay + ".yaml"))) {
                objects.add(object.path("kind").asString("") + "/" + object.path("metadata").path("name").asString(""));
            }
            if (common == null) {
                common = objects;
            } else {
                common.retainAll(objects);
            }
        }
        return common == null ? Set.of() : common;
    }

    private static long wholeNumber(JsonNode data, String key, String source) {
        String value = data.path(key).asString("");
        if (!value.matches("\\d+")) {
            throw new BuildException(source + ": data." + key + " is '" + value + "', not a whole number. The document quotes it: set it in "
                    + "deploy/k8s/overlays/*/config.yaml.");
        }
        return Long.parseLong(value);
    }
}
