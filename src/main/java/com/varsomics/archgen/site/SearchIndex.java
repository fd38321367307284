package com.varsomics.archgen.site;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * What the client-side search looks through, built at build time: one entry per element, view, requirement,
 * decision and document section. It is written as a script that assigns the JSON to a global, because browsers do
 * not let a page {@code fetch} a file next to it from {@code file://}; Lunr builds its index from it on the page.
 */
final class SearchIndex {

    /**
     * One searchable thing: its kind, title, the text searched, the summary shown under the title, and its page
     * (a site path, possibly with #anchor).
     */
    record Entry(String id, String tipo, String titulo, String texto, String resumo, String url) {
    }

    private record Index(List<Entry> documentos) {
    }

    static final String GLOBAL = "ARCHGEN_BUSCA";

    private final List<Entry> entries = new ArrayList<>();

    void add(String id, String kind, String title, String text, String summary, String url) {
        entries.add(new Entry(id, kind, title, clean(text), abbreviate(clean(summary)), url));
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 220 ? text : text.substring(0, 219) + "…";
    }

    int size() {
        return entries.size();
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** {@code window.ARCHGEN_BUSCA = {...};} with every {@code <} escaped, so no text can close a script. */
    String toScript() {
        String json = JsonMapper.builder().build().writeValueAsString(new Index(entries)).replace("<", "\\u003c");
        return "window." + GLOBAL + " = " + json + ";\n";
    }
}
