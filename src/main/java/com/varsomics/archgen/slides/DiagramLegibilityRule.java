package com.varsomics.archgen.slides;

import com.varsomics.archgen.validation.Finding;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every diagram's smallest text is at least {@value #MIN_PIXELS} px on the 1920×1080 slide, once the SVG is fitted
 * into its box (the {@code <img>} width and height, with {@code object-fit: contain}): the size a person in the
 * room reads from a projector, computed rather than guessed.
 */
final class DiagramLegibilityRule implements OutputRule {

    static final String KEY = "slides.diagram.legible";
    static final double MIN_PIXELS = 14.0;

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*\"");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size(?:=\"|:\\s*)([\\d.]+)");

    @Override
    public List<Finding> check(BuiltDeck deck) {
        List<Finding> findings = new ArrayList<>();
        for (Element image : deck.html().select(".imageblock." + DiagramMacro.ROLE + " img")) {
            Path svg = deck.indexFile().getParent().resolve(image.attr("src")).normalize();
            if (!Files.isRegularFile(svg)) {
                continue; // LocalFileRule reports it
            }
            String where = deck.diagrams().stream().filter(diagram -> diagram.href().equals(image.attr("src")))
                    .map(diagram -> diagram.location().toString()).findFirst()
                    .orElse(deck.where(deck.indexFile(), image.sourceRange().start().lineNumber()));
            String text = BuiltDeck.read(svg);
            Matcher viewBox = VIEW_BOX.matcher(text);
            OptionalDouble smallest = FONT_SIZE.matcher(text).results()
                    .mapToDouble(match -> Double.parseDouble(match.group(1))).filter(size -> size > 0).min();
            if (!viewBox.find() || smallest.isEmpty()) {
                findings.add(new Finding(KEY, where + ": " + image.attr("src") + " has no viewBox or no sized text to measure; "
                        + "render it with the slide diagram style."));
                continue;
            }
            double scale = Math.min(number(image.attr("width")) / Double.parseDouble(viewBox.group(1)),
                    number(image.attr("height")) / Double.parseDouble(viewBox.group(2)));
            double shown = smallest.getAsDouble() * scale;
            if (shown < MIN_PIXELS) {
                findings.add(new Finding(KEY, String.format(Locale.ROOT, "%s: %s shows its smallest text at %.1f px on the "
                                + "1920×1080 slide (%.0f px drawn at scale %.2f into %s×%s); it needs %.0f px. Give the diagram a "
                                + "bigger box (largura, altura), try the other direction (direcao=lr or tb), or show a smaller view.",
                        where, image.attr("src"), shown, smallest.getAsDouble(), scale, image.attr("width"), image.attr("height"), MIN_PIXELS)));
            }
        }
        return findings;
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value.replace("px", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
