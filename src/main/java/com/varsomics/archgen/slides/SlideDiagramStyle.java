package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.diagrams.PlantUmlDiagram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a view's C4-PlantUML export (drawn for the A4 document) into a drawing that stays legible on a
 * 1920×1080 projector: the slide's heading replaces the diagram title, boxes keep name and technology but drop
 * their descriptions, arrows keep only the step number of a dynamic view (the speaker says the rest), and text
 * is drawn larger. Same model, same elements and arrows: only the amount of text changes.
 */
public final class SlideDiagramStyle {

    /**
     * Element names at 20 px, technology at 16 px (the document's drawing uses 16 and 12), measured in DejaVu Sans,
     * the font fontconfig gives Java on Debian, named explicitly so the SVG asks the browser for the same one.
     */
    static final String FONT_SETTINGS = "skinparam defaultFontSize 18\nskinparam defaultFontName \"" + SlideDiagramStyle.FONT + "\"\n"
            + "!$TECHN_FONT_SIZE = 16\n";
    static final String FONT = "DejaVu Sans";
    /**
     * PlantUML fixes each text's width ({@code textLength}) to what Java measured, so a browser that draws another
     * font stretches the letters apart. The fallbacks are the same font or one of nearly the same widths (Verdana
     * and Bitstream Vera, from which DejaVu Sans descends).
     */
    static final String SVG_FONT_FAMILY = "font-family=\"'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif\"";
    /** C4-PlantUML draws arrow labels at a fixed 12 px that no skinparam overrides, so the step number carries its size. */
    static final int STEP_FONT_SIZE = 22;

    private static final Pattern TITLE = Pattern.compile("(?m)^title .*\\n");
    private static final Pattern DIRECTION = Pattern.compile("(?m)^(left to right|top to bottom) direction$");
    private static final Pattern DESCRIPTION = Pattern.compile("\\$descr=\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern RELATIONSHIP = Pattern.compile(
            "(?m)^(\\s*(?:Bi)?Rel(?:_[A-Za-z]+)?\\([^,\\n]+, [^,\\n]+, )\"((?:[^\"\\\\]|\\\\.)*)\"(, \\$techn=\"(?:[^\"\\\\]|\\\\.)*\")?");
    private static final Pattern STEP = Pattern.compile("^(\\d+(?:\\.\\d+)*): ");
    private static final Pattern LAST_C4_INCLUDE = Pattern.compile("(?s)^(.*!include <C4/[^>]+>\\n)");

    /** How the diagram is laid out on the slide. */
    public enum Direction {
        /** as the view's autoLayout says */
        VIEW,
        LEFT_TO_RIGHT,
        TOP_TO_BOTTOM
    }

    private SlideDiagramStyle() {
    }

    /** The rendered SVG as the deck ships it: every text names the measuring font first and close fallbacks after it. */
    public static String svgForSlides(String svg) {
        return svg.replace("font-family=\"'" + FONT + "'\"", SVG_FONT_FAMILY).replace("font-family=\"sans-serif\"", SVG_FONT_FAMILY);
    }

    public static PlantUmlDiagram apply(PlantUmlDiagram diagram, Direction direction) {
        String source = TITLE.matcher(diagram.source()).replaceFirst("");
        source = DESCRIPTION.matcher(source).replaceAll("\\$descr=\"\"");
        source = shortenRelationships(source);
        source = direct(source, direction);
        Matcher includes = LAST_C4_INCLUDE.matcher(source);
        if (!includes.find()) {
            throw new BuildException("View '" + diagram.key() + "': the C4-PlantUML export has no !include <C4/...> line, "
                    + "so the slide style cannot set its font sizes.");
        }
        source = includes.group(1) + FONT_SETTINGS + source.substring(includes.end());
        return new PlantUmlDiagram(diagram.key(), diagram.title(), source);
    }

    /** A dynamic view's arrow keeps its step number; any other arrow loses its label; no arrow keeps its technology. */
    private static String shortenRelationships(String source) {
        Matcher matcher = RELATIONSHIP.matcher(source);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Matcher step = STEP.matcher(matcher.group(2));
            String label = step.find() ? "<size:" + STEP_FONT_SIZE + ">" + step.group(1) + "</size>" : "";
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + "\"" + label + "\""));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String direct(String source, Direction direction) {
        if (direction == Direction.VIEW) {
            return source;
        }
        String line = direction == Direction.LEFT_TO_RIGHT ? "left to right direction" : "top to bottom direction";
        Matcher matcher = DIRECTION.matcher(source);
        return matcher.find() ? matcher.replaceFirst(line) : source.replaceFirst("\\n", "\n" + line + "\n");
    }
}
