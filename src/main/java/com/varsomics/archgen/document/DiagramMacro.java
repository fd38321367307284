package com.varsomics.archgen.document;

import com.varsomics.archgen.text.AsciiDocText;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.model.ArchitectureModel;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code diagrama::containers[]} places the rendered view with its title as caption and its description as
 * alt text, both from the model. The first placement is the anchor {@code diagrama-<key>}; later ones repeat
 * the figure without it. An unknown view key is recorded and fails the build.
 */
@Name("diagrama")
final class DiagramMacro extends BlockMacroProcessor {

    private final ArchitectureModel model;
    private final DocumentReferences references;
    private final Path projectDirectory;

    DiagramMacro(ArchitectureModel model, DocumentReferences references, Path projectDirectory) {
        this.model = model;
        this.references = references;
        this.projectDirectory = projectDirectory;
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Optional<ModelView> view = model.findView(target);
        if (view.isEmpty()) {
            references.unresolved(SourceLocations.of(parent, projectDirectory) + ": diagrama::" + target
                    + "[] names no view of workspace.dsl. Use a view key (see build/diagrams/).");
            return createBlock(parent, "paragraph", "Diagrama desconhecido: " + target);
        }
        boolean firstPlacement = references.view(target);
        Map<String, Object> imageAttributes = new HashMap<>();
        imageAttributes.put("target", target + ".svg");
        imageAttributes.put("alt", view.get().getDescription());
        imageAttributes.put("title", AsciiDocText.literal(view.get().getTitle())); // a block title gets substitutions
        if (firstPlacement) { // a view may be shown again in a later chapter; an anchor must be unique
            imageAttributes.put("id", "diagrama-" + target);
        }
        imageAttributes.put("width", attributes.getOrDefault("width", "100%"));
        imageAttributes.put("align", "center");
        StructuralNode figure = createBlock(parent, "image", (String) null, imageAttributes);
        numberAsFigure(figure);
        return figure;
    }

    /**
     * "Figura 3. " before the title, as Asciidoctor gives a titled image written in the source: a block an
     * extension creates gets its title but not the caption, so it shares the document's figure counter here.
     */
    private static void numberAsFigure(StructuralNode figure) {
        Object label = figure.getDocument().getAttribute("figure-caption");
        if (label != null && !label.toString().isBlank()) {
            figure.setCaption(label + " " + figure.getDocument().getAndIncrementCounter("figure-number") + ". ");
        }
    }
}
