package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.model.LoadModelStage;
import com.varsomics.archgen.Stage;
import com.varsomics.archgen.diagrams.AwsIconCatalog;

import java.nio.file.Path;
import java.util.Locale;

/** Converts {@code slides/apresentacao.adoc} to the reveal.js deck inside the site and its PDF handout; publishes {@link DeckOutputs}. */
public final class SlidesStage implements Stage {

    public static final String NAME = "render slides";

    private final AwsIconCatalog icons;

    public SlidesStage(AwsIconCatalog icons) {
        this.icons = icons;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        Path deck = deckDirectory(context);
        // the deck's diagram export configures the views in memory: on a copy, as the document reads the shared model meanwhile
        try (SlideDeck slides = new SlideDeck(LoadModelStage.load(context), icons, context.projectDirectory(), DeckLimits.INTERVIEW)) {
            SlideDeck.Result result = slides.render(new SlideDeck.Paths(
                    context.slidesDirectory().resolve("apresentacao.adoc"),
                    context.slidesDirectory().resolve("tema"),
                    deck,
                    context.diagramsDirectory().resolve("slides"),
                    context.buildDirectory().resolve("cache/npm"),
                    context.pdfs() ? pdfFile(context) : null,
                    context.factsDirectory()));
            System.out.printf(Locale.ROOT, "[archgen]   %d main slides, %s (%d s), %d backups; %d diagrams rendered -> %s%n",
                    result.mainSlides(), result.totalTime(), result.totalSeconds(),
                    result.slides().size() - result.mainSlides(), result.diagramsRendered(), deck.resolve("index.html"));
            System.out.printf(Locale.ROOT, "[archgen]   handout -> %s%n", result.pdf().map(Path::toString)
                    .orElse("skipped: no Chromium (install Debian's chromium, or set CHROMIUM)"));
        }
        published(context);
    }

    /** Publishes what a run (or a cached run) of this stage produced. */
    public static void published(BuildContext context) {
        context.publish(DeckOutputs.class, new DeckOutputs(deckDirectory(context).resolve("index.html")));
    }

    public static Path deckDirectory(BuildContext context) {
        return context.siteDirectory().resolve("slides");
    }

    public static Path pdfFile(BuildContext context) {
        return context.buildDirectory().resolve("pdf/slides.pdf");
    }
}
