package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A YAML node of a kustomization with its field path, so that every rejection names file and field
 * ({@code overlays/prod/kustomization.yaml: field 'images[0].newTag' ...}).
 */
final class Fields {

    /** Kustomize reads patch targets as regular expressions; the renderer matches them literally, so none may look like one. */
    private static final Pattern REGEX_CHARACTERS = Pattern.compile("[.*+?()\\[\\]{}|^$\\\\]");

    private final JsonNode node;
    private final Path file;
    private final String path;

    Fields(JsonNode node, Path file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    void allowOnly(Set<String> allowed) {
        if (!node.isObject()) {
            throw unsupported("must be a mapping");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw child(name).unsupported("is not supported by the build's Kustomize renderer (supported here: "
                        + String.join(", ", new TreeSet<>(allowed)) + "). Remove it, or teach KustomizeRenderer the field "
                        + "so the build keeps rendering exactly what kustomize renders");
            }
        }
    }

    boolean has(String name) {
        return node.has(name);
    }

    Fields field(String name) {
        if (!node.has(name)) {
            throw child(name).unsupported("is required");
        }
        return child(name);
    }

    List<Fields> list(String name) {
        JsonNode value = node.path(name);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw child(name).unsupported("must be a list");
        }
        List<Fields> entries = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            entries.add(new Fields(value.get(i), file, join(name) + "[" + i + "]"));
        }
        return entries;
    }

    Map<String, Fields> object(String name) {
        Fields value = field(name);
        if (!value.node.isObject()) {
            throw value.unsupported("must be a mapping");
        }
        Map<String, Fields> entries = new LinkedHashMap<>();
        value.node.propertyNames().forEach(key -> entries.put(key, value.child(key)));
        return entries;
    }

    String text() {
        if (!node.isString()) {
            throw unsupported("must be a string");
        }
        return node.stringValue();
    }

    /** A target field: matched literally, so regular-expression characters are refused. */
    String literal() {
        String text = text();
        if (REGEX_CHARACTERS.matcher(text).find()) {
            throw unsupported("'" + text + "' would be a regular expression for kustomize; name one object literally");
        }
        return text;
    }

    int integer() {
        if (!node.isIntegralNumber()) {
            throw unsupported("must be a whole number");
        }
        return node.intValue();
    }

    void requireValue(String name, String expected) {
        String actual = field(name).text();
        if (!actual.equals(expected)) {
            throw child(name).unsupported("is '" + actual + "'; expected '" + expected + "'");
        }
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    Path location() {
        return file;
    }

    BuildException unsupported(String problem) {
        return new BuildException(file + ": field '" + (path.isEmpty() ? "(document)" : path) + "' " + problem + ".");
    }

    private Fields child(String name) {
        return new Fields(node.path(name), file, join(name));
    }

    private String join(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
