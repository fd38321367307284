package com.varsomics.archgen.document.layout;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * What the layout rules need from the PDF theme: the margins of portrait and landscape pages and the size of body
 * text, which tells prose (base size), headings (larger, bold) and table or code text (smaller) apart.
 */
public record LayoutTheme(PageMargins portrait, PageMargins landscape, double baseFontSize) {

    /** asciidoctor-pdf's default {@code base.font-size}. */
    private static final double DEFAULT_BASE_FONT_SIZE = 10.5;

    public static LayoutTheme of(Path theme) {
        JsonNode tree = PageMargins.readTheme(theme);
        return new LayoutTheme(PageMargins.of(tree.path("page"), theme, false), PageMargins.of(tree.path("page"), theme, true),
                tree.path("base").path("font-size").asDouble(DEFAULT_BASE_FONT_SIZE));
    }

    PageMargins margins(boolean landscape) {
        return landscape ? this.landscape : portrait;
    }

    /** Body text: the base size, give or take rounding. */
    boolean isBodySize(double fontSize) {
        return Math.abs(fontSize - baseFontSize) < 0.4;
    }

    /** Smaller than body text: table cells, listings, captions of the theme's small styles. */
    boolean isSmall(double fontSize) {
        return fontSize < baseFontSize - 0.4;
    }

    /** A section title: bold and clearly larger than body text (h2–h4 of the theme; the cover's title is not bold). */
    boolean isHeading(TextLine line) {
        return line.bold() && line.fontSize() >= baseFontSize + 1.5;
    }
}
