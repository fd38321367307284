package com.varsomics.archgen.diagrams;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What decides how legible a rendered view is once placed: its drawing size (the {@code viewBox}, in SVG user units)
 * and its smallest font sizes in the same units, of the bold texts (element names) and of the others (labels, step
 * numbers). The document measures its figures and the deck its slide diagrams with it.
 *
 * @param smallestBoldFontSize    empty when no visible text is bold
 * @param smallestRegularFontSize empty when every visible text is bold
 */
public record SvgMetrics(double width, double height, OptionalDouble smallestBoldFontSize, OptionalDouble smallestRegularFontSize) {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*\"");
    /** A text with its attributes; PlantUML writes one per word, and a blank one (a space between words) is not read. */
    private static final Pattern TEXT = Pattern.compile("<text\\b([^>]*)>([^<]*)</text>");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size(?:=\"|:\\s*)([\\d.]+)");
    private static final Pattern BOLD = Pattern.compile("font-weight(?:=\"|:\\s*)(?:bold|[6-9]00)");

    /** @throws IllegalArgumentException when the SVG has no viewBox or no sized text */
    public static SvgMetrics of(String svg) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        OptionalDouble bold = smallest(svg, true);
        OptionalDouble regular = smallest(svg, false);
        if (!viewBox.find() || (bold.isEmpty() && regular.isEmpty())) {
            throw new IllegalArgumentException("no viewBox or no sized text to measure");
        }
        return new SvgMetrics(Double.parseDouble(viewBox.group(1)), Double.parseDouble(viewBox.group(2)), bold, regular);
    }

    /** The smallest visible text, bold or not. */
    public double smallestFontSize() {
        return Math.min(smallestBoldFontSize.orElse(Double.MAX_VALUE), smallestRegularFontSize.orElse(Double.MAX_VALUE));
    }

    /** Ignores blank texts and PlantUML's zero-sized placeholders. */
    private static OptionalDouble smallest(String svg, boolean bold) {
        return TEXT.matcher(svg).results()
                .filter(text -> !text.group(2).replace("&#160;", "").replace('\u00a0', ' ').isBlank())
                .map(text -> text.group(1))
                .filter(attributes -> BOLD.matcher(attributes).find() == bold)
                .map(FONT_SIZE::matcher)
                .filter(Matcher::find)
                .map(MatchResult.class::cast)
                .mapToDouble(size -> Double.parseDouble(size.group(1)))
                .filter(size -> size > 0)
                .min();
    }
}
