package com.varsomics.archgen.slides;

import com.varsomics.archgen.model.SourceLocation;

import java.util.Locale;

/**
 * A view of the model placed on a slide with {@code diagrama::<view-key>[]}.
 *
 * @param viewKey   the view's key in workspace.dsl
 * @param direction the layout direction the slide asks for ({@code direcao=lr|tb}), or the view's own
 * @param steps     the steps of a dynamic view the slide shows ({@code passos=1-11}), or null for all of them
 * @param location  where the macro is in the source
 */
public record SlideDiagram(String viewKey, SlideDiagramStyle.Direction direction, StepRange steps, SourceLocation location) {

    public SlideDiagram(String viewKey, SlideDiagramStyle.Direction direction, SourceLocation location) {
        this(viewKey, direction, null, location);
    }

    /** The folder of the deck that holds the diagrams, relative to index.html. */
    public static final String FOLDER = "diagramas";

    /** The rendered file's name: one per view, direction and steps, so two slides can draw a view differently. */
    public String fileName() {
        String name = steps == null ? viewKey : viewKey + "-" + steps.suffix();
        return switch (direction) {
            case VIEW -> name + ".svg";
            case LEFT_TO_RIGHT -> name + "-lr.svg";
            case TOP_TO_BOTTOM -> name + "-tb.svg";
        };
    }

    /** The path index.html uses. */
    public String href() {
        return FOLDER + "/" + fileName();
    }

    /** The key the rendered .puml/.svg carry under build/diagrams/slides. */
    public String renderKey() {
        return fileName().substring(0, fileName().length() - ".svg".length()).toLowerCase(Locale.ROOT);
    }
}
