package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the rules of {@link ExpectedResults} share: reading the resource a command names, and printing expected values
 * as the {@code aws} CLI prints them (one value, a compact JSON-like array, or one queried field per line).
 */
final class ExpectedValues {

    /** Pairs shorter than this are printed as one JSON-like array; longer ones one field per line. */
    private static final int COMPACT_WIDTH = 90;
    /** Comment text width: with its "# " the line fits the {@value ShellLines#WIDTH} characters of a printed listing. */
    static final int WRAP_WIDTH = ShellLines.WIDTH - 2;

    private ExpectedValues() {
    }

    /** A derived value: JSON (printed as the CLI prints it) or a short description. */
    record Value(String text, boolean json) {
        static Value json(String text) {
            return new Value(text, true);
        }

        static Value text(String text) {
            return new Value(text, false);
        }
    }

    /** The command queries a field the rule derives no value for. */
    static final class UnknownField extends RuntimeException {
        UnknownField(String field) {
            super(field);
        }
    }

    static JsonNode properties(Template t, String logicalId) {
        if (logicalId == null || t.resource(logicalId).isMissingNode()) {
            throw new IllegalStateException("the command names no resource of this template");
        }
        return t.resource(logicalId).path("Properties");
    }

    /** The properties of the resource of a type whose name property has the value the command gives. */
    static JsonNode byName(Template t, String type, String property, String name) {
        return t.ofType(type).stream().map(r -> r.getValue().path("Properties"))
                .filter(p -> p.path(property).asText().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " with " + property + " " + name));
    }

    static String roleName(Template t, String logicalId) {
        JsonNode role = properties(t, logicalId);
        return role.has("RoleName") ? role.path("RoleName").asText() : logicalId + " (nome gerado)";
    }

    /** The values of the fields the command's {@code --query} selects, in its order, from the rule's known fields. */
    static List<String> fields(AwsCommand c, Map<String, Supplier<Value>> known) {
        List<String> queried = c.queryFields();
        List<Value> values = new ArrayList<>();
        for (String field : queried) {
            Supplier<Value> value = c.lookup(known, field);
            if (value == null) {
                throw new UnknownField(field);
            }
            values.add(value.get());
        }
        if (values.size() == 1) {
            return List.of("esperado: " + values.getFirst().text());
        }
        String compact = jsonList(values.stream().map(Value::text).toList());
        if (values.stream().allMatch(Value::json) && compact.length() <= COMPACT_WIDTH) {
            return List.of("esperado: " + compact);
        }
        List<String> lines = new ArrayList<>(List.of("esperado:"));
        for (int i = 0; i < queried.size(); i++) {
            lines.add("  " + queried.get(i) + ": " + values.get(i).text());
        }
        return lines;
    }

    /** Fails on a queried field outside those the rule prints. */
    static void requireFields(AwsCommand c, List<String> expected) {
        for (String field : c.queryFields()) {
            if (!expected.contains(field)) {
                throw new UnknownField(field);
            }
        }
    }

    /** Items joined with commas, wrapped to lines of about {@value #WRAP_WIDTH} characters. */
    static List<String> wrap(List<String> items, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (line.length() > indent.length() && line.length() + 1 + item.length() > WRAP_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(item);
        }
        lines.add(line.toString());
        return lines;
    }

    static String jsonList(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
