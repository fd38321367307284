package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.diagrams.SvgMetrics;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every diagram's text is legible on a 1280×720 projector, the smallest room the deck is shown in: once the SVG is
 * fitted into its box (the {@code <img>} width and height on the 1920×1080 slide, {@code object-fit: contain}) and
 * the slide is scaled to 1280 px wide, element names (bold) are at least {@value #MIN_NAME_PIXELS} px and every
 * other text (step numbers) at least {@value #MIN_LABEL_PIXELS} px, i.e. 28 and 22 px on the 1920×1080 slide.
 * Computed from the drawing, rather than guessed.
 */
final class DiagramLegibilityRule implements OutputRule {

    static final String KEY = "slides.diagram.legible";
    /** The projector the deck must survive, and the slide size reveal.js lays out (revealjs_width). */
    static final double PROJECTOR_WIDTH = 1280.0;
    static final double SLIDE_WIDTH = 1920.0;
    static final double MIN_NAME_PIXELS = 28.0 * PROJECTOR_WIDTH / SLIDE_WIDTH;
    static final double MIN_LABEL_PIXELS = 22.0 * PROJECTOR_WIDTH / SLIDE_WIDTH;

    @Override
    public List<Finding> check(BuiltDeck deck) {
        List<Finding> findings = new ArrayList<>();
        for (Element image : deck.html().select(".imageblock." + DiagramMacro.ROLE + " img")) {
            Path svg = deck.indexFile().getParent().resolve(image.attr("src")).normalize();
            if (!Files.isRegularFile(svg)) {
                continue; // LocalFileRule reports it
            }
            Optional<SlideDiagram> placed = deck.diagrams().stream().filter(diagram -> diagram.href().equals(image.attr("src"))).findFirst();
            Location where = placed.map(diagram -> diagram.location().asLocation())
                    .orElse(deck.where(deck.indexFile(), image.sourceRange().start().lineNumber()));
            String subject = placed.map(diagram -> "view '" + diagram.viewKey() + "': ").orElse("") + image.attr("src");
            SvgMetrics metrics;
            try {
                metrics = SvgMetrics.of(BuiltDeck.read(svg));
            } catch (IllegalArgumentException e) {
                findings.add(new Finding(KEY, where, subject + " has no viewBox or no sized text to measure.",
                        "Render it with the slide diagram style."));
                continue;
            }
            double scale = Math.min(number(image.attr("width")) / metrics.width(),
                    number(image.attr("height")) / metrics.height()) * PROJECTOR_WIDTH / SLIDE_WIDTH;
            metrics.smallestBoldFontSize().ifPresent(size -> check(findings, where, subject, image, "element names", size, scale, MIN_NAME_PIXELS));
            metrics.smallestRegularFontSize().ifPresent(size -> check(findings, where, subject, image, "labels", size, scale, MIN_LABEL_PIXELS));
        }
        return findings;
    }

    private static void check(List<Finding> findings, Location where, String subject, Element image, String what, double size,
                              double scale, double minimum) {
        double shown = size * scale;
        if (shown < minimum) {
            findings.add(new Finding(KEY, where, String.format(Locale.ROOT, "%s shows its %s at %.1f px on a 1280×720 projector "
                            + "(%.0f px drawn at scale %.2f into %s×%s of the 1920×1080 slide); they need %.1f px.",
                    subject, what, shown, size, scale, image.attr("width"), image.attr("height"), minimum),
                    "Give the diagram a bigger box (largura, altura), try the other direction (direcao=lr or tb), or show a smaller view."));
        }
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value.replace("px", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
