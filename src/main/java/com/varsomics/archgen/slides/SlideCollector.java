package com.varsomics.archgen.slides;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Records every slide of the parsed deck (level-1 sections and their level-2 vertical slides) with its roles,
 * its {@code tempo} and the text of its speaker notes, so the checks can name the source line of each problem.
 */
final class SlideCollector extends Treeprocessor {

    static final String NOTES_ROLE = "notes";

    private final DeckOutline outline;
    private final DeckSource source;

    SlideCollector(DeckOutline outline, DeckSource source) {
        this.outline = outline;
        this.source = source;
    }

    @Override
    public Document process(Document document) {
        for (StructuralNode block : document.getBlocks()) {
            if (block instanceof Section section) {
                record(section);
                for (StructuralNode child : section.getBlocks()) {
                    if (child instanceof Section vertical) {
                        record(vertical);
                    }
                }
            }
        }
        return document;
    }

    private void record(Section section) {
        Object timing = section.getAttribute(Slide.TIMING_ATTRIBUTE);
        outline.slide(new Slide(section.getId(), section.getTitle(), source.of(section),
                new LinkedHashSet<>(section.getRoles()), timing == null ? null : timing.toString(), notesOf(section)));
    }

    /** The source text of the section's own notes blocks (not those of its vertical slides). */
    private static String notesOf(Section section) {
        List<String> texts = new ArrayList<>();
        for (StructuralNode block : section.getBlocks()) {
            if (!(block instanceof Section) && block.getRoles().contains(NOTES_ROLE)) {
                collectText(block, texts);
            }
        }
        return String.join("\n", texts).strip();
    }

    private static void collectText(StructuralNode node, List<String> texts) {
        if (node instanceof org.asciidoctor.ast.Block block && block.getSource() != null) {
            texts.add(block.getSource());
        }
        if (node instanceof org.asciidoctor.ast.List list) {
            for (StructuralNode item : list.getItems()) {
                if (item instanceof ListItem listItem && listItem.getSource() != null) {
                    texts.add(listItem.getSource());
                }
                collectText(item, texts);
            }
        }
        for (StructuralNode child : node.getBlocks()) {
            collectText(child, texts);
        }
    }
}
