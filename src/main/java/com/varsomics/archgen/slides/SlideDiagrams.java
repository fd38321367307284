package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.diagrams.DiagramExporter;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.diagrams.PlantUmlDiagram;
import com.varsomics.archgen.model.ArchitectureModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the views the deck shows in the slide style into {@code build/diagrams/slides/} (beside the document's
 * drawings, with the same skip-if-unchanged rendering) and copies their SVG into the deck's {@code diagramas/}
 * with font fallbacks ({@link SlideDiagramStyle#svgForSlides}).
 * The repository holds no drawing: each one comes from workspace.dsl at build time.
 */
final class SlideDiagrams {

    private final ArchitectureModel model;
    private final AwsIconCatalog icons;
    private final Path renderDirectory;

    SlideDiagrams(ArchitectureModel model, AwsIconCatalog icons, Path renderDirectory) {
        this.model = model;
        this.icons = icons;
        this.renderDirectory = renderDirectory;
    }

    /** @return how many drawings were rendered afresh (the others were unchanged) */
    long renderInto(Collection<SlideDiagram> placed, Path deckDirectory) {
        Map<String, PlantUmlDiagram> views = new DiagramExporter(icons).export(model).stream()
                .collect(Collectors.toMap(PlantUmlDiagram::key, Function.identity()));
        Map<String, PlantUmlDiagram> styled = new LinkedHashMap<>();
        for (SlideDiagram diagram : placed) {
            PlantUmlDiagram view = views.get(diagram.viewKey());
            PlantUmlDiagram slide = SlideDiagramStyle.apply(view, diagram.direction(), diagram.steps());
            styled.putIfAbsent(diagram.renderKey(), new PlantUmlDiagram(diagram.renderKey(), slide.title(), slide.source()));
        }
        List<DiagramRenderer.Result> results = new DiagramRenderer(renderDirectory, Runtime.getRuntime().availableProcessors())
                .render(List.copyOf(styled.values()));
        Path target = deckDirectory.resolve(SlideDiagram.FOLDER);
        try {
            Files.createDirectories(target);
            for (SlideDiagram diagram : placed) {
                String svg = Files.readString(renderDirectory.resolve(diagram.renderKey() + ".svg"), StandardCharsets.UTF_8);
                Files.writeString(target.resolve(diagram.fileName()), SlideDiagramStyle.svgForSlides(svg), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new BuildException(target + ": cannot copy the slide diagrams (" + e.getMessage() + ")", e);
        }
        return results.stream().filter(result -> result.outcome() == DiagramRenderer.Outcome.RENDERED).count();
    }
}
