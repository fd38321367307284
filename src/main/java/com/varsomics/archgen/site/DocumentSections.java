package com.varsomics.archgen.site;

import com.varsomics.archgen.document.DocumentOutputs;

import java.util.List;

/**
 * The sections of the delivery document, for the search index: each with its anchor, title and text. Handed over by
 * the document stage once it is part of the build; empty before.
 */
public interface DocumentSections {

    /**
     * @param anchor the section's id in the document's HTML
     * @param title  its title as shown (with its number)
     * @param text   its own text (not its subsections'), shortened for the index
     */
    record Section(String anchor, String title, String text) {
    }

    List<Section> sections();

    static DocumentSections none() {
        return List::of;
    }

    static DocumentSections of(List<DocumentOutputs.Section> sections) {
        List<Section> copy = sections.stream().map(section -> new Section(section.anchor(), section.title(), section.text())).toList();
        return () -> copy;
    }
}
