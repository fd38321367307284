package com.varsomics.archgen.slides;

import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import com.structurizr.view.RelationshipView;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;
import com.varsomics.archgen.check.Finding;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code passos::upload-flow[]} writes a dynamic view's numbered steps as an ordered list (class {@value #ROLE}),
 * the key to the step numbers its diagram draws on the arrows ({@code passos=1-11} lists only those). The text is the model's, escaped: data, never markup.
 * A view that is unknown or not dynamic is recorded with its source line and fails the build.
 */
@Name("passos")
final class StepsMacro extends BlockMacroProcessor {

    static final String KEY = "slides.steps.view";
    static final String ROLE = "passos";

    private final ArchitectureModel model;
    private final DeckOutline outline;
    private final DeckSource source;

    StepsMacro(ArchitectureModel model, DeckOutline outline, DeckSource source) {
        this.model = model;
        this.outline = outline;
        this.source = source;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        SourceLocation location = source.find(parent, "passos::" + target + "[");
        Optional<ModelView> view = model.findView(target);
        if (view.isEmpty() || !(view.get() instanceof DynamicView dynamic)) {
            outline.unresolved(new Finding(KEY, location.asLocation(),
                    "passos::" + target + "[] names no dynamic view of workspace.dsl.",
                    "Use the key of a dynamic view (its steps are listed)."));
            return createBlock(parent, "paragraph", "Visão dinâmica desconhecida: " + target);
        }
        StepRange range = range(attributes.get("passos"), target, dynamic, location, outline);
        List<RelationshipView> steps = ArchitectureModel.stepsInOrder(dynamic).stream().filter(step -> range == null || range.contains(step.getOrder())).toList();
        return createBlock(parent, "pass", html(steps), Map.of());
    }

    /** The {@code passos} attribute of a macro, or null when absent; a malformed one is recorded and ignored. */
    static StepRange range(Object value, String target, ModelView view, SourceLocation location, DeckOutline outline) {
        if (value == null) {
            return null;
        }
        Optional<StepRange> range = StepRange.parse(value.toString());
        if (range.isEmpty() || !(view instanceof DynamicView)) {
            outline.unresolved(new Finding(KEY, location.asLocation(),
                    target + "[passos=" + value + "]: passos must be a range of steps such as 1-11, on a dynamic view.",
                    ""));
            return null;
        }
        return range.get();
    }

    static String html(List<RelationshipView> steps) {
        StringBuilder html = new StringBuilder("<ol class=\"" + ROLE + "\">\n");
        for (RelationshipView step : steps) {
            String text = ArchitectureModel.stepDescription(step);
            html.append("<li value=\"").append(escape(leadingNumber(step.getOrder()))).append("\">")
                    .append(escape(text)).append("</li>\n");
        }
        return html.append("</ol>").toString();
    }

    private static String leadingNumber(String order) {
        int dot = order.indexOf('.');
        return dot < 0 ? order : order.substring(0, dot);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
