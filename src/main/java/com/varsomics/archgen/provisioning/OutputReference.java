package com.varsomics.archgen.provisioning;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{OutputKey}}}: how a stack's verification and teardown commands name one of its outputs (see
 * {@code PlatformStack.verifiedBy}); the guide replaces it with a command that reads the deployed value.
 */
final class OutputReference {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");

    private OutputReference() {
    }

    /** How a command names the output {@code key}. */
    static String of(String key) {
        return "{{" + key + "}}";
    }

    /** The output keys the command names, in order. */
    static List<String> keysIn(String command) {
        return REFERENCE.matcher(command).results().map(match -> match.group(1)).toList();
    }

    /** The command with each reference replaced by what {@code replacement} gives for its key. */
    static String replace(String command, Function<String, String> replacement) {
        Matcher matcher = REFERENCE.matcher(command);
        StringBuilder replaced = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(replaced, Matcher.quoteReplacement(replacement.apply(matcher.group(1))));
        }
        return matcher.appendTail(replaced).toString();
    }
}
