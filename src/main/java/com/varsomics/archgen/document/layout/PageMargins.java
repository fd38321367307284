package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.BuildException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The margins of the document's pages in PDF points, as the PDF theme sets them: {@code page.margin} for portrait
 * pages and {@code page.margin-rotated} (when present) for landscape ones.
 */
public record PageMargins(double top, double right, double bottom, double left) {

    private static final Pattern LENGTH = Pattern.compile("\\s*([\\d.]+)\\s*(cm|mm|in|pt)?\\s*");

    /** Reads {@code page.margin} (or {@code page.margin-rotated} for landscape pages) from the theme. */
    public static PageMargins of(Path theme, boolean landscape) {
        return of(readTheme(theme).path("page"), theme, landscape);
    }

    public static PageMargins of(JsonNode page, Path theme, boolean landscape) {
        String key = landscape && page.has("margin-rotated") ? "margin-rotated" : "margin";
        JsonNode margin = page.path(key);
        if (!margin.isArray() || margin.size() != 4) {
            throw new BuildException(theme + ": page." + key + " must be [top, right, bottom, left], e.g. [2cm, 1.8cm, 2cm, 1.8cm].");
        }
        return new PageMargins(points(margin.get(0), theme), points(margin.get(1), theme), points(margin.get(2), theme),
                points(margin.get(3), theme));
    }

    /** The theme as a tree; a file that does not parse fails the build naming it. */
    public static JsonNode readTheme(Path theme) {
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
