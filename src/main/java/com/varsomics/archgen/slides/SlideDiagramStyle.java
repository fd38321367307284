package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.diagrams.PlantUmlDiagram;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a view's C4-PlantUML export (drawn for the A4 document) into a drawing that stays legible on a
 * projector, read from the back of a room at 1280×720: the slide's heading replaces the diagram title, boxes keep
 * only their name and icon (no description, no technology: the speaker and the step list say the rest), the
 * software system's boundary goes (its small "[system]" label is unreadable and the heading names the system),
 * arrows keep only the step number of a dynamic view, and text is drawn large. Same model, same elements and
 * arrows: only the amount of text changes.
 */
public final class SlideDiagramStyle {

    /**
     * Element names at 32 px (C4-PlantUML draws them 2 px above the default size; the document's drawing uses 16),
     * measured in DejaVu Sans, the font fontconfig gives Java on Debian, named explicitly so the SVG asks the
     * browser for the same one. Placed at scale 0.9 or more, names stay above 28 px and step numbers above 22 px
     * on a 1920×1080 slide ({@link DiagramLegibilityRule} checks it).
     */
    static final String FONT_SETTINGS = "skinparam defaultFontSize 30\nskinparam defaultFontName \"" + SlideDiagramStyle.FONT + "\"\n"
            + "!$TECHN_FONT_SIZE = 26\n";
    static final String FONT = "DejaVu Sans";
    /**
     * PlantUML fixes each text's width ({@code textLength}) to what Java measured, so a browser that draws another
     * font stretches the letters apart. The fallbacks are the same font or one of nearly the same widths (Verdana
     * and Bitstream Vera, from which DejaVu Sans descends).
     */
    static final String SVG_FONT_FAMILY = "font-family=\"'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif\"";
    /** C4-PlantUML draws arrow labels at a fixed 12 px that no skinparam overrides, so the step number carries its size. */
    static final int STEP_FONT_SIZE = 30;

    private static final Pattern TITLE = Pattern.compile("(?m)^title .*\\n");
    private static final Pattern DIRECTION = Pattern.compile("(?m)^(left to right|top to bottom) direction$");
    private static final Pattern DESCRIPTION = Pattern.compile("\\$descr=\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern TECHNOLOGY = Pattern.compile("\\$techn=\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A top-level boundary: its opening line at the start of a line, then its content up to the first brace closing at column 0. */
    private static final Pattern BOUNDARY = Pattern.compile("(?ms)^(?:[A-Za-z]+_)?Boundary\\([^\\n]*\\{\\n(.*?)^}\\n");
    private static final Pattern RELATIONSHIP = Pattern.compile(
            "(?m)^(\\s*(?:Bi)?Rel(?:_[A-Za-z]+)?\\([^,\\n]+, [^,\\n]+, )\"((?:[^\"\\\\]|\\\\.)*)\"(, \\$techn=\"(?:[^\"\\\\]|\\\\.)*\")?");
    private static final Pattern STEP = Pattern.compile("^(\\d+(?:\\.\\d+)*): ");
    private static final Pattern STEP_RELATIONSHIP = Pattern.compile("^\\s*(?:Bi)?Rel(?:_[A-Za-z]+)?\\(([^,]+), ([^,]+), \"(\\d+(?:\\.\\d+)*): ");
    private static final Pattern ELEMENT = Pattern.compile("^\\s*(?:Person|System|Container|Component)(?:Db|Queue)?(?:_Ext)?\\(([^,]+),");
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
        return apply(diagram, direction, null);
    }

    /** @param steps the steps of a dynamic view to keep, with the elements they join; null keeps all */
    static PlantUmlDiagram apply(PlantUmlDiagram diagram, Direction direction, StepRange steps) {
        String source = TITLE.matcher(diagram.source()).replaceFirst("");
        if (steps != null) {
            source = keepSteps(source, steps);
        }
        source = DESCRIPTION.matcher(source).replaceAll("\\$descr=\"\"");
        source = shortenRelationships(source);
        source = TECHNOLOGY.matcher(source).replaceAll("\\$techn=\"\"");
        source = BOUNDARY.matcher(source).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
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

    /** Drops the arrows of the other steps, then every element no kept arrow joins. */
    private static String keepSteps(String source, StepRange steps) {
        Set<String> joined = new HashSet<>();
        StringBuilder kept = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            Matcher relationship = STEP_RELATIONSHIP.matcher(line);
            if (relationship.find()) {
                if (!steps.contains(relationship.group(3))) {
                    continue;
                }
                joined.add(relationship.group(1).strip());
                joined.add(relationship.group(2).strip());
            }
            kept.append(line).append('\n');
        }
        StringBuilder result = new StringBuilder();
        for (String line : kept.substring(0, kept.length() - 1).split("\n", -1)) {
            Matcher element = ELEMENT.matcher(line);
            if (element.find() && !joined.contains(element.group(1).strip())) {
                continue;
            }
            result.append(line).append('\n');
        }
        return result.substring(0, result.length() - 1);
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
