package com.varsomics.archgen.diagrams;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What decides how legible a rendered view is once placed: its drawing size (the {@code viewBox}, in SVG user units)
 * and its smallest font size in the same units.
 */
public record SvgMetrics(double width, double height, double smallestFontSize) {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*\"");
    /** A text with its size; PlantUML writes one per word, and a blank one (a space between words) is not read. */
    private static final Pattern SIZED_TEXT = Pattern.compile("<text[^>]*?font-size(?:=\"|:\\s*)([\\d.]+)[^>]*>([^<]*)</text>");

    /** @throws IllegalArgumentException when the SVG has no viewBox or no sized text */
    public static SvgMetrics of(String svg) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        OptionalDouble smallest = SIZED_TEXT.matcher(svg).results()
                .filter(match -> !match.group(2).replace("&#160;", "").replace('\u00a0', ' ').isBlank())
                .mapToDouble(match -> Double.parseDouble(match.group(1))).filter(size -> size > 0).min();
        if (!viewBox.find() || smallest.isEmpty()) {
            throw new IllegalArgumentException("no viewBox or no sized text to measure");
        }
        return new SvgMetrics(Double.parseDouble(viewBox.group(1)), Double.parseDouble(viewBox.group(2)), smallest.getAsDouble());
    }
}
