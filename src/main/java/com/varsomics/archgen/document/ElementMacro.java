package com.varsomics.archgen.document;

import com.varsomics.archgen.text.AsciiDocText;
import com.structurizr.model.Element;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code elemento:api[]} renders the model element's name linked to its catalog entry; the prose never
 * copies a name by hand. An unknown identifier is recorded and fails the build after conversion.
 */
@Name("elemento")
final class ElementMacro extends InlineMacroProcessor {

    private final ArchitectureModel model;
    private final DocumentReferences references;
    private final Path projectDirectory;
    private final Volumes volumes;

    ElementMacro(ArchitectureModel model, DocumentReferences references, Path projectDirectory, Volumes volumes) {
        this.model = model;
        this.references = references;
        this.projectDirectory = projectDirectory;
        this.volumes = volumes;
    }

    /** The catalog anchor of an element. */
    static String anchor(Element element) {
        return "elemento-" + ArchitectureModel.identifierOf(element).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        SourceLocation location = SourceLocations.of(parent, projectDirectory);
        Optional<Element> element = model.findByIdentifier(target);
        if (element.isEmpty()) {
            references.unresolved(location, "elemento:" + target + "[] names no element of workspace.dsl.",
                    "Use a DSL identifier (e.g. elemento:api[]).");
            return createPhraseNode(parent, "quoted", target);
        }
        references.element(ArchitectureModel.identifierOf(element.get()), location);
        String name = AsciiDocText.inlineNode(element.get().getName());
        Optional<Integer> catalogVolume = volumes.elsewhere(parent, anchor(element.get()));
        if (catalogVolume.isPresent()) { // the catalog is in the other volume: a link to its page, plain text on paper
            if ("pdf".equals(parent.getDocument().getAttribute("backend"))) {
                return createPhraseNode(parent, "quoted", name);
            }
            return createPhraseNode(parent, "anchor", name, new HashMap<>(),
                    Map.of("type", ":link", "target", volumes.href(catalogVolume.get(), anchor(element.get()))));
        }
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":xref");
        options.put("target", "#" + anchor(element.get()));
        Map<String, Object> linkAttributes = new HashMap<>();
        linkAttributes.put("refid", anchor(element.get()));
        return createPhraseNode(parent, "anchor", name, linkAttributes, options);
    }
}
