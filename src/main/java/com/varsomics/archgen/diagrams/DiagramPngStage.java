package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.util.Locale;

/**
 * Draws the PNG of every diagram in {@code build/diagrams} that has none ({@link DiagramRenderer#drawMissingPngs()}):
 * the site's "Baixar PNG". A stage of its own, after the diagrams and facts stages (which write the sources and remove
 * the PNGs they outdate) and after the deck, so it runs while the document prints rather than before the document
 * starts (on two cores the CPU it takes there delayed the document); nothing but the site waits for it. It has no cache
 * stamp: with every PNG present it only lists the folder.
 */
public final class DiagramPngStage implements Stage {

    public static final String NAME = "render diagram PNGs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        var results = new DiagramRenderer(context.diagramsDirectory(), Runtime.getRuntime().availableProcessors()).drawMissingPngs();
        System.out.printf(Locale.ROOT, "[archgen]   %d PNGs drawn -> %s%n", results.size(), context.diagramsDirectory());
    }
}
