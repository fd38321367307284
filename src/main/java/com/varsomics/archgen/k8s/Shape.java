package com.varsomics.archgen.k8s;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The minimal schema of a custom resource the fabric8 model does not type (External Secrets' kinds): which fields
 * exist, which are required and which values are allowed. Enough to catch the typos the CRD's validation would.
 */
sealed interface Shape {

    /** Problems, each phrased to follow "has": {@code unknown field 'spec.target.nmae'}, {@code no field 'spec.data'}. */
    List<String> problems(JsonNode node, String path);

    static Shape text(String... allowed) {
        return new Text(Set.of(allowed));
    }

    static Shape list(Shape element) {
        return new ListOf(element);
    }

    static Shape object(Map<String, Shape> fields, String... required) {
        return new ObjectOf(fields, Set.of(required));
    }

    record Text(Set<String> allowed) implements Shape {
        @Override
        public List<String> problems(JsonNode node, String path) {
            if (!node.isString()) {
                return List.of("field '" + path + "' that is not a string");
            }
            if (!allowed.isEmpty() && !allowed.contains(node.stringValue())) {
                return List.of("field '" + path + "' set to '" + node.stringValue() + "', not one of "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            return List.of();
        }
    }

    record ListOf(Shape element) implements Shape {
        @Override
        public List<String> problems(JsonNode node, String path) {
            if (!node.isArray()) {
                return List.of("field '" + path + "' that is not a list");
            }
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                problems.addAll(element.problems(node.get(i), path + "[" + i + "]"));
            }
            return problems;
        }
    }

    record ObjectOf(Map<String, Shape> fields, Set<String> required) implements Shape {
        @Override
        public List<String> problems(JsonNode node, String path) {
            if (!node.isObject()) {
                return List.of("field '" + path + "' that is not a mapping");
            }
            List<String> problems = new ArrayList<>();
            for (String name : new TreeSet<>(required)) {
                if (!node.has(name)) {
                    problems.add("no field '" + join(path, name) + "'");
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Shape shape = fields.get(field.getKey());
                if (shape == null) {
                    problems.add("unknown field '" + join(path, field.getKey()) + "'");
                } else {
                    problems.addAll(shape.problems(field.getValue(), join(path, field.getKey())));
                }
            }
            return problems;
        }

        private static String join(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
