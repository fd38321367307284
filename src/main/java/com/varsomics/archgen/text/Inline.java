package com.varsomics.archgen.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of text read from the document's HTML (a table cell), kept as data rather than markup so the templates
 * escape it like everything else: plain text, code, emphasis, or a link to an element, a requirement or an anchor
 * of the document, which the site resolves to its own pages where it has them.
 *
 * @param kind   what the run is
 * @param text   what it shows
 * @param target the element's DSL identifier, the requirement id or the document anchor; empty for the other kinds
 */
public record Inline(Kind kind, String text, String target) {

    public enum Kind { TEXT, CODE, STRONG, EMPHASIS, ELEMENT, REQUIREMENT, DOCUMENT }

    public static Inline text(String text) {
        return new Inline(Kind.TEXT, text, "");
    }

    /** The runs' text without markup (search index, comparisons). */
    public static String plain(List<Inline> runs) {
        return runs.stream().map(Inline::text).collect(Collectors.joining()).strip();
    }
}
