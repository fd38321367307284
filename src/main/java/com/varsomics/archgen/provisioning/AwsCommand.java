package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.BuildException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A verification command of the guide, {@code aws <service> <operation> --option value…}, split into its shell
 * arguments as {@link ShellLines#arguments} reads them (quotes removed, {@code $(...)} whole), with the stack outputs
 * it names as {@code {{OutputKey}}}.
 */
record AwsCommand(String service, String operation, Map<String, List<String>> options, List<String> outputKeys) {

    static AwsCommand parse(String command) {
        List<String> arguments = ShellLines.arguments(command);
        if (arguments.size() < 3 || !"aws".equals(arguments.get(0))) {
            throw new BuildException("verification command is not an aws CLI call: " + command);
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> current = null;
        for (String argument : arguments.subList(3, arguments.size())) {
            if (argument.startsWith("--")) {
                current = new ArrayList<>();
                options.put(argument.substring(2), current);
            } else if (current != null) {
                current.add(argument);
            }
        }
        return new AwsCommand(arguments.get(1), arguments.get(2), options, OutputReference.keysIn(command));
    }

    /** {@code kms get-key-rotation-status}: what the rules are registered under. */
    String name() {
        return service + " " + operation;
    }

    String option(String name) {
        List<String> values = options.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    String query() {
        String query = option("query");
        return query == null ? "" : query;
    }

    /** The logical id of the resource the command's first output placeholder points at. */
    String outputTarget(Template t) {
        if (outputKeys.isEmpty()) {
            throw new IllegalStateException("the command uses no stack output");
        }
        return t.outputTarget(outputKeys.getFirst());
    }

    /** The fields the {@code --query} selects ({@link QueryFields#of}). */
    List<String> queryFields() {
        return QueryFields.of(query());
    }

    /** The rule's value for a queried field, looked up under each of the query's {@link QueryFields#prefixes}. */
    <T> T lookup(Map<String, T> known, String field) {
        return QueryFields.prefixes(query()).stream().map(prefix -> known.get(prefix + field)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** Whether the query selects the field, named from the root as the rules name it. */
    boolean queries(String field) {
        List<String> prefixes = QueryFields.prefixes(query());
        return queryFields().stream().anyMatch(f -> prefixes.stream().anyMatch(prefix -> (prefix + f).equals(field)));
    }
}
