package com.varsomics.archgen.site;

import java.util.List;

/**
 * The sections of the delivery document, for the search index: each with its anchor, title and text. Read from the
 * document's HTML once the document stage is part of the build ({@link AsciidoctorSections}); empty before.
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
}
