package com.varsomics.archgen.document;

import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code requisito:R05[]} links to the requirement and records that the enclosing section addresses it,
 * which is how the traceability matrix knows where each requirement is answered.
 */
@Name("requisito")
final class RequirementMacro extends InlineMacroProcessor {

    private final Requirements requirements;
    private final DocumentReferences references;
    private final Path projectDirectory;

    RequirementMacro(Requirements requirements, DocumentReferences references, Path projectDirectory) {
        this.requirements = requirements;
        this.references = references;
        this.projectDirectory = projectDirectory;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        var requirement = requirements.find(target);
        if (requirement.isEmpty()) {
            references.unresolved(SourceLocations.of(parent, projectDirectory), "requisito:" + target
                    + "[] names no requirement of docs/requisitos.tsv.", "Use R01…R" + requirements.all().size() + ".");
            return createPhraseNode(parent, "quoted", target);
        }
        SourceLocations.sectionOf(parent)
                .ifPresent(section -> references.requirement(target, sectionReference(section)));
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":xref");
        options.put("target", "#" + requirement.get().anchor());
        Map<String, Object> linkAttributes = new HashMap<>();
        linkAttributes.put("refid", requirement.get().anchor());
        return createPhraseNode(parent, "anchor", target, linkAttributes, options);
    }

    /**
     * {@code volume|id|label}: what the matrix needs to link back to the section. The label leads with the section number
     * where there is one, because titles repeat (every ADR has a "Contexto").
     */
    private static String sectionReference(Section section) {
        String label = section.isNumbered() && section.getLevel() > 1 ? section.getSectnum() + " " + section.getTitle() : section.getTitle();
        return Volumes.volumeOf(section).map(String::valueOf).orElse("") + "|" + section.getId() + "|" + label;
    }
}
