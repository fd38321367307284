package com.varsomics.archgen.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.List;

/**
 * What the document stage hands over (risks, sections, cost totals, pages) as JSON: written beside the document's HTML
 * ({@link #FILE}) and kept in the stage's cache stamp, so the site gets it when the document is not converted again.
 * The requirements are re-read from {@code docs/requisitos.tsv} instead (cheap, and part of the key).
 */
public final class DocumentOutputsJson {

    /** Its name beside the document's HTML. */
    public static final String FILE = "saidas.json";

    /** The outputs as JSON: paths as strings, no requirements. */
    record Stored(List<DocumentOutputs.Risk> risks, List<DocumentOutputs.Section> sections, CostTotals costs, List<StoredPage> pages) {
    }

    record StoredPage(String id, String volume, String title, String fragment, List<String> anchors, List<String> images) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentOutputsJson() {
    }

    public static String write(DocumentOutputs outputs) {
        List<StoredPage> pages = outputs.pages().stream()
                .map(page -> new StoredPage(page.id(), page.volume(), page.title(), page.fragment().toString(), page.anchors(), page.images()))
                .toList();
        try {
            return JSON.writeValueAsString(new Stored(outputs.risks(), outputs.sections(), outputs.costs().orElse(null), pages));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document's outputs are plain strings and lists: " + e.getMessage(), e);
        }
    }

    public static DocumentOutputs read(String state, Requirements requirements) {
        try {
            Stored stored = JSON.readValue(state, Stored.class);
            return new DocumentOutputs(requirements, stored.risks(), stored.sections(), java.util.Optional.ofNullable(stored.costs()),
                    stored.pages().stream().map(page -> new DocumentOutputs.Page(page.id(), page.volume(), page.title(),
                            Path.of(page.fragment()), page.anchors(), page.images())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the cached document outputs are damaged: " + e.getMessage(), e);
        }
    }
}
