package com.varsomics.archgen.document;

import com.varsomics.archgen.model.AdrConventions;
import org.commonmark.node.Link;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown links as AsciiDoc: adr-tools' {@code #N} references to other ADRs and {@code #anchor}s become cross
 * references, absolute URLs become {@code link:} macros; anything else points outside the document and is reported.
 */
final class MarkdownLinks {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)(https?://|mailto:)\\S+");

    private MarkdownLinks() {
    }

    /**
     * @param content converts the link's content; called only once the link has no title, as that conversion also
     *                records the content's macros and problems
     * @return the AsciiDoc, or nothing when a problem was reported to {@code source}
     */
    static String asciidoc(Link link, Supplier<String> content, MarkdownSource source) {
        if (link.getTitle() != null && !link.getTitle().isEmpty()) {
            source.problem(link, "the link to '" + link.getDestination() + "' has a title (\"" + link.getTitle()
                    + "\"), which AsciiDoc has no place for. Remove the quoted title or move it into the link text");
            return "";
        }
        String destination = link.getDestination();
        String text = content.get();
        Matcher adr = AdrConventions.ADR_NUMBER.matcher(destination);
        if (adr.matches()) {
            return xref(DecisionFragments.anchor(adr.group(1)), text);
        }
        if (destination.startsWith("#") && destination.length() > 1) {
            String anchor = destination.substring(1);
            return AdrConventions.plainText(link).strip().equals(anchor) ? "<<" + anchor + ">>" : xref(anchor, text);
        }
        if (ABSOLUTE_URL.matcher(destination).matches() && !destination.contains("++")) {
            return "link:++" + destination + "++[" + text + "]";
        }
        source.problem(link, "the link to '" + destination + "' points at nothing the document contains. Use an absolute https:// URL,"
                + " #ref-… for a reference of the glossary (Volume 2, chapter 13), or another ADR's file name (0003-….md)");
        return "";
    }

    private static String xref(String anchor, String text) {
        return text.isBlank() ? "<<" + anchor + ">>" : "<<" + anchor + "," + text + ">>";
    }
}
