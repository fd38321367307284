package com.varsomics.archgen.model;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the ADRs ({@code docs/adrs}, adr-tools Markdown imported with {@code !adrs}) are read, in one place for the
 * document's chapter 12 and the reviewers' site: the parser, which blocks are the adr-tools header, the pt-BR labels
 * of the template's statuses and headings, the document's macros and the {@code #N} references to other ADRs.
 */
public final class AdrConventions {

    /** The document's macros, which ADRs use too: {@code elemento:<id>[]} and {@code requisito:Rnn[]}. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public static final Pattern DOCUMENT_MACRO = Pattern.compile("(elemento|requisito):([A-Za-z0-9_.-]+)\\[\\]");
    /** The link adr-tools writes to another ADR: {@code #N}. */
    public static final Pattern ADR_NUMBER = Pattern.compile("#(\\d+)");

    /** adr-tools statuses, shown in the document's language. */
    private static final Map<String, String> STATUS_LABELS = Map.of(
            "Proposed", "Proposta",
            "Accepted", "Aceita",
            "Deprecated", "Descontinuada",
            "Superseded", "Substituída",
            "Rejected", "Rejeitada");

    /** The adr-tools template's headings, shown in the document's language (the Markdown keeps what the tools expect). */
    private static final Map<String, String> STANDARD_HEADINGS = Map.of(
            "Context", "Contexto",
            "Decision", "Decisão",
            "Consequences", "Consequências");

    private AdrConventions() {
    }

    /** The Markdown as the document reads it: CommonMark with GFM tables, with source positions. */
    public static org.commonmark.node.Document parse(String markdown) {
        return (org.commonmark.node.Document) PARSER.parse(markdown);
    }

    /** The status in pt-BR ({@code Accepted} → {@code Aceita}); a status already in pt-BR is kept. */
    public static String status(String status) {
        return status == null ? "" : STATUS_LABELS.getOrDefault(status, status);
    }

    /** A heading of the adr-tools template in pt-BR ({@code Context} → {@code Contexto}), or empty for any other. */
    public static java.util.Optional<String> standardHeading(String plainTitle) {
        return java.util.Optional.ofNullable(STANDARD_HEADINGS.get(plainTitle));
    }

    /** The anchor of a decision in the document, and its page name on the site: {@code 7} → {@code adr-0007}. */
    public static String anchor(String decisionId) {
        return String.format(Locale.ROOT, "adr-%04d", Integer.parseInt(decisionId));
    }

    /** The text a Markdown node shows, without markup (for anchors, column widths and comparisons). */
    public static String plainText(Node node) {
        StringBuilder result = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> result.append(text.getLiteral());
                case Code code -> result.append(code.getLiteral());
                case SoftLineBreak lineBreak -> result.append(' ');
                case HardLineBreak lineBreak -> result.append(' ');
                default -> result.append(plainText(child));
            }
        }
        return result.toString();
    }

    /**
     * The blocks after the adr-tools header. The title, the {@code Date:} line and a {@code ## Status} section that
     * holds only the status word are shown by the reader's own heading and metadata line; a status section with more
     * (links to superseded ADRs, notes) is kept in the body so nothing is lost.
     *
     * @param document the parsed ADR
     * @param status   the status the importer read from it, as written ({@code Accepted}) or in pt-BR ({@code Aceita})
     */
    public static List<Node> body(Node document, String status) {
        List<Node> blocks = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            blocks.add(child);
        }
        int start = 0;
        if (start < blocks.size() && blocks.get(start) instanceof Heading heading && heading.getLevel() == 1) {
            start++;
        }
        if (start < blocks.size() && blocks.get(start) instanceof Paragraph date && plainText(date).startsWith("Date: ")) {
            start++;
        }
        if (start + 1 < blocks.size()
                && blocks.get(start) instanceof Heading heading && heading.getLevel() == 2
                && plainText(heading).strip().equals("Status")
                && blocks.get(start + 1) instanceof Paragraph statusLine
                && status(plainText(statusLine).strip()).equals(status(status))
                && (start + 2 == blocks.size() || blocks.get(start + 2) instanceof Heading)) {
            start += 2;
        }
        return blocks.subList(start, blocks.size());
    }
}
