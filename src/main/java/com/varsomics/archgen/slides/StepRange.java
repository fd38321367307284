package com.varsomics.archgen.slides;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of a dynamic view one slide shows ({@code passos=1-11}): a long flow is told over two slides, each with
 * the arrows, elements and step list of its part, numbered as in the whole flow.
 */
record StepRange(int first, int last) {

    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d+)\\s*-\\s*(\\d+)\\s*");

    /** The range {@code "first-last"}, or empty when the text is not one (first ≤ last, both ≥ 1). */
    static Optional<StepRange> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = Integer.parseInt(matcher.group(2));
        return first >= 1 && first <= last ? Optional.of(new StepRange(first, last)) : Optional.empty();
    }

    /** Whether step {@code order} ("7", or "7.2" in a parallel sequence) falls in the range. */
    boolean contains(String order) {
        int dot = order.indexOf('.');
        int step = Integer.parseInt(dot < 0 ? order : order.substring(0, dot));
        return step >= first && step <= last;
    }

    /** How the range appears in file names: {@code passos-1-11}. */
    String suffix() {
        return "passos-" + first + "-" + last;
    }
}
