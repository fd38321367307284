package com.varsomics.archgen.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.BuildException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resources of the synthesized templates by construct path ({@code Stack/Construct}, without {@code /Resource}). */
final class SynthesizedResources {

    private final Map<String, JsonNode> byPath = new LinkedHashMap<>();

    SynthesizedResources(Map<String, JsonNode> templates) {
        templates.forEach((stack, template) -> template.path("Resources").properties().forEach(resource -> {
            String path = resource.getValue().path("Metadata").path("aws:cdk:path").asText(stack + "/" + resource.getKey());
            byPath.put(path.replaceFirst("/Resource$", ""), resource.getValue());
        }));
    }

    /** The properties of the resource of this type at this construct path; fails the build when the app has none. */
    JsonNode properties(String path, String type) {
        JsonNode resource = byPath.get(path);
        if (resource == null || !type.equals(resource.path("Type").asText())) {
            throw new BuildException("cdk.out: no " + type + " at construct " + path + ", which the deliverables quote values from "
                    + "(" + Facts.class.getName() + "). Restore the construct or change where the fact is read.");
        }
        return resource.path("Properties");
    }

    /** Paths of every resource of a type, in template order. */
    List<String> pathsOf(String type) {
        return byPath.entrySet().stream().filter(e -> type.equals(e.getValue().path("Type").asText())).map(Map.Entry::getKey).toList();
    }

    /** The one element of {@code array} whose {@code field} equals {@code value}; fails naming the path otherwise. */
    static JsonNode element(JsonNode array, String field, String value, String path) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new BuildException("cdk.out: " + path + " has no entry with " + field + " '" + value + "', which the deliverables "
                + "quote. Restore it or change where the fact is read (" + Facts.class.getName() + ").");
    }
}
