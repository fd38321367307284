package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text area, in PDF points, of an A4 page of the document, read from the PDF theme ({@code page.margin}, and
 * {@code page.margin-rotated} for landscape pages): the box asciidoctor-pdf fits a diagram into.
 */
record PrintedPage(Orientation orientation, double width, double height) {

    /** The page layouts a diagram may be placed on, named as the {@code diagrama::} macro's {@code pagina} attribute says them. */
    enum Orientation {
        PORTRAIT("retrato"), LANDSCAPE("paisagem");

        final String label;

        Orientation(String label) {
            this.label = label;
        }
    }

    private static final double A4_SHORT_SIDE = 595.28;
    private static final double A4_LONG_SIDE = 841.89;
    private static final Pattern LENGTH = Pattern.compile("\\s*([\\d.]+)\\s*(cm|mm|in|pt)?\\s*");

    static PrintedPage of(Path theme, Orientation orientation) {
        JsonNode page = read(theme).path("page");
        if (!page.path("size").asString("").equalsIgnoreCase("A4")) {
            throw new BuildException(theme + ": page.size must be A4; the document's diagram legibility check measures A4 pages.");
        }
        String key = orientation == Orientation.LANDSCAPE && page.has("margin-rotated") ? "margin-rotated" : "margin";
        JsonNode margin = page.path(key);
        if (!margin.isArray() || margin.size() != 4) {
            throw new BuildException(theme + ": page." + key + " must be [top, right, bottom, left], e.g. [2cm, 1.8cm, 2cm, 1.8cm].");
        }
        double top = points(margin.get(0), theme);
        double right = points(margin.get(1), theme);
        double bottom = points(margin.get(2), theme);
        double left = points(margin.get(3), theme);
        return orientation == Orientation.LANDSCAPE
                ? new PrintedPage(orientation, A4_LONG_SIDE - left - right, A4_SHORT_SIDE - top - bottom)
                : new PrintedPage(orientation, A4_SHORT_SIDE - left - right, A4_LONG_SIDE - top - bottom);
    }

    /** "A4 retrato" or "A4 paisagem", as findings name the medium. */
    String medium() {
        return "PDF (A4 " + orientation.label + ")";
    }

    private static JsonNode read(Path theme) {
        try {
            return YAMLMapper.builder().build().readTree(theme.toFile());
        } catch (RuntimeException e) {
            throw new BuildException(theme + ": cannot read the PDF theme (" + e.getMessage() + ")", e);
        }
    }

    private static double points(JsonNode value, Path theme) {
        Matcher length = LENGTH.matcher(value.asString(""));
        if (!length.matches()) {
            throw new BuildException(theme + ": page margin '" + value + "' is not a length in cm, mm, in or pt.");
        }
        double number = Double.parseDouble(length.group(1));
        return switch (length.group(2) == null ? "pt" : length.group(2).toLowerCase(Locale.ROOT)) {
            case "cm" -> number * 72 / 2.54;
            case "mm" -> number * 72 / 25.4;
            case "in" -> number * 72;
            default -> number;
        };
    }
}
