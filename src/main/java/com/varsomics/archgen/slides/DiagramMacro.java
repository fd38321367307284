package com.varsomics.archgen.slides;

import com.structurizr.view.ModelView;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;
import com.varsomics.archgen.check.Finding;
import org.asciidoctor.ast.StructuralNode;
import com.varsomics.archgen.text.ViewMacro;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code diagrama::containers[]} places a view of the model on a slide, drawn in the slide style and fitted into
 * a box ({@code largura}×{@code altura} px of the 1920×1080 slide, default {@value #WIDTH}×{@value #HEIGHT});
 * {@code direcao=lr} or {@code tb} lays it out in the direction that fits the slide best; {@code passos=1-11} draws
 * only those steps of a dynamic view (and the elements they join). The alt text is the
 * view's title. An unknown view key is recorded with its source line and fails the build.
 */
final class DiagramMacro extends ViewMacro {

    static final String KEY = "slides.diagram.view";
    static final int WIDTH = 1880;
    static final int HEIGHT = 820;
    static final String ROLE = "diagrama";

    private final DeckOutline outline;
    private final DeckSource source;

    DiagramMacro(ArchitectureModel model, DeckOutline outline, DeckSource source) {
        super(model);
        this.outline = outline;
        this.source = source;
    }

    @Override
    protected SourceLocation locate(StructuralNode parent, String target) {
        return source.find(parent, NAME + "::" + target + "[");
    }

    @Override
    protected void unknownView(SourceLocation location, String message, String remedy) {
        outline.unresolved(new Finding(KEY, location.asLocation(), message, remedy));
    }

    @Override
    protected Map<String, Object> image(StructuralNode parent, ModelView view, SourceLocation location, Map<String, Object> attributes) {
        String target = view.getKey();
        SlideDiagramStyle.Direction direction = direction(attributes.get("direcao"), target, location);
        StepRange steps = StepsMacro.range(attributes.get("passos"), target, view, location, outline);
        SlideDiagram diagram = new SlideDiagram(target, direction, steps, location);
        outline.diagram(diagram);
        Map<String, Object> image = new HashMap<>();
        image.put("target", diagram.href());
        image.put("alt", view.getTitle());
        image.put("width", size(attributes.get("largura"), WIDTH));
        image.put("height", size(attributes.get("altura"), HEIGHT));
        image.put("role", ROLE);
        return image;
    }

    private SlideDiagramStyle.Direction direction(Object value, String target, SourceLocation location) {
        if (value == null) {
            return SlideDiagramStyle.Direction.VIEW;
        }
        return switch (value.toString().toLowerCase(Locale.ROOT)) {
            case "lr" -> SlideDiagramStyle.Direction.LEFT_TO_RIGHT;
            case "tb" -> SlideDiagramStyle.Direction.TOP_TO_BOTTOM;
            default -> {
                outline.unresolved(new Finding(KEY, location.asLocation(),
                        "diagrama::" + target + "[direcao=" + value
                                + "]: direcao must be lr or tb (or left out for the view's own layout).",
                        ""));
                yield SlideDiagramStyle.Direction.VIEW;
            }
        };
    }

    private static String size(Object value, int fallback) {
        return value == null ? Integer.toString(fallback) : value.toString();
    }
}
