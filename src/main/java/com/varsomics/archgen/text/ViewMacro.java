package com.varsomics.archgen.text;

import com.structurizr.view.ModelView;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

import java.util.Map;
import java.util.Optional;

/**
 * {@code diagrama::<view key>[…]}, the one syntax the document and the deck use to place a view of the model: the key
 * is looked up in the workspace, an unknown key is reported at its source line and leaves a visible placeholder, and a
 * known one becomes an image block whose attributes the medium decides (caption and print size for the document, the
 * slide box and style for the deck).
 */
public abstract class ViewMacro extends BlockMacroProcessor {

    public static final String NAME = "diagrama";

    private final ArchitectureModel model;

    protected ViewMacro(ArchitectureModel model) {
        super(NAME);
        this.model = model;
    }

    @Override
    public final StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        SourceLocation location = locate(parent, target);
        Optional<ModelView> view = model.findView(target);
        if (view.isEmpty()) {
            unknownView(location, NAME + "::" + target + "[] names no view of workspace.dsl.",
                    "Use a view key (the file names in build/diagrams/).");
            return createBlock(parent, "paragraph", "Diagrama desconhecido: " + target);
        }
        return placed(createBlock(parent, "image", (String) null, image(parent, view.get(), location, attributes)));
    }

    /** Where the macro is written, for findings. */
    protected abstract SourceLocation locate(StructuralNode parent, String target);

    /** Records a finding that fails the build, at the macro's line. */
    protected abstract void unknownView(SourceLocation location, String message, String remedy);

    /** The image block's attributes ({@code target}, {@code alt}, size…) for a known view. */
    protected abstract Map<String, Object> image(StructuralNode parent, ModelView view, SourceLocation location,
                                                 Map<String, Object> attributes);

    /** A last touch on the created image block (caption number, role); the block itself by default. */
    protected StructuralNode placed(StructuralNode image) {
        return image;
    }
}
