package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The JSON 6902 operations the overlays use: add, replace and remove, on JSON Pointer paths (RFC 6901). */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(KustomizationFile.Patch patch, Manifest target) {
        for (int i = 0; i < patch.operations().size(); i++) {
            Fields operation = new Fields(patch.operations().get(i), patch.display(), patch.field() + "[" + i + "]");
            operation.allowOnly(Set.of("op", "path", "value"));
            String op = operation.field("op").text();
            List<String> tokens = tokens(operation.field("path").text(), operation);
            JsonNode parent = target.content().at(pointer(tokens.subList(0, tokens.size() - 1)));
            String last = tokens.getLast();
            switch (op) {
                case "add" -> add(parent, last, operation.field("value").node(), operation, target);
                case "replace" -> {
                    requireExisting(parent, last, operation, target);
                    set(parent, last, operation.field("value").node());
                }
                case "remove" -> {
                    requireExisting(parent, last, operation, target);
                    if (parent instanceof ObjectNode object) {
                        object.remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                }
                default -> throw operation.unsupported("op '" + op + "' is not supported; use add, replace or remove");
            }
        }
    }

    private static void add(JsonNode parent, String last, JsonNode value, Fields operation, Manifest target) {
        if (parent instanceof ObjectNode object) {
            object.set(last, value.deepCopy());
        } else if (parent instanceof ArrayNode array && last.equals("-")) {
            array.add(value.deepCopy());
        } else if (parent instanceof ArrayNode array && index(last) >= 0 && index(last) <= array.size()) {
            array.insert(index(last), value.deepCopy());
        } else {
            throw missing(operation, target);
        }
    }

    private static void set(JsonNode parent, String last, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(last, value.deepCopy());
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value.deepCopy());
        }
    }

    private static void requireExisting(JsonNode parent, String last, Fields operation, Manifest target) {
        boolean exists = parent instanceof ObjectNode object ? object.has(last)
                : parent instanceof ArrayNode array && index(last) >= 0 && index(last) < array.size();
        if (!exists) {
            throw missing(operation, target);
        }
    }

    private static BuildException missing(Fields operation, Manifest target) {
        Fields path = operation.field("path");
        return path.unsupported("('" + path.text() + "') does not exist in " + target.describe()
                + "; check the path against the rendered object");
    }

    private static List<String> tokens(String path, Fields operation) {
        if (!path.startsWith("/")) {
            throw operation.unsupported("path '" + path + "' must be a JSON Pointer starting with '/'");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static String pointer(List<String> tokens) {
        StringBuilder pointer = new StringBuilder();
        tokens.forEach(token -> pointer.append('/').append(token.replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    private static int index(String token) {
        return token.matches("0|[1-9][0-9]*") ? Integer.parseInt(token) : -1;
    }
}
