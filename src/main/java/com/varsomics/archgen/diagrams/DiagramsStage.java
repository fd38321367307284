package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.model.LoadModelStage;
import com.varsomics.archgen.Stage;

import java.util.Locale;

/**
 * Exports every view with C4-PlantUML and renders its SVG into {@code build/diagrams}, in parallel; the PNGs follow in
 * {@link DiagramPngStage}.
 */
public final class DiagramsStage implements Stage {

    public static final String NAME = "render diagrams";

    private final AwsIconCatalog icons;

    public DiagramsStage(AwsIconCatalog icons) {
        this.icons = icons;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        // the export configures the views in memory: on a copy, as other stages read the shared model meanwhile
        var diagrams = new DiagramExporter(icons).export(LoadModelStage.load(context));
        var results = new DiagramRenderer(context.diagramsDirectory(), Runtime.getRuntime().availableProcessors()).render(diagrams);
        long rendered = results.stream().filter(r -> r.outcome() == DiagramRenderer.Outcome.RENDERED).count();
        System.out.printf(Locale.ROOT, "[archgen]   %d views: %d rendered, %d unchanged -> %s%n",
                results.size(), rendered, results.size() - rendered, context.diagramsDirectory());
    }
}
