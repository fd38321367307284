package com.varsomics.archgen.document;

import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives long identifiers in PDF table cells places to break: a zero-width space (U+200B, which Prawn wraps at and
 * does not print) after {@code / - . _ :} and before a camel-case hump, so "SecretsManagerRotationEnabled" wraps as
 * "SecretsManagerRotation" / "Enabled" instead of "…Rotatio" / "nEnabled" (the layout check
 * {@code document.layout.identifier-break} fails on the latter). Only the PDF is touched: the HTML wraps by CSS and
 * keeps identifiers copyable. AsciiDoc syntax that a character inside would break (a macro's name and target,
 * attribute and character references, cross references, URLs) is left as it is; so are AsciiDoc cells (their
 * listings are meant to be copied).
 */
final class IdentifierBreakPoints extends Treeprocessor {

    static final char ZERO_WIDTH_SPACE = '\u200B';

    /** Shorter tokens fit any column. */
    private static final int MIN_LENGTH = 8;
    private static final Pattern TOKEN = Pattern.compile("\\S{" + MIN_LENGTH + ",}");
    /**
     * AsciiDoc syntax a character inside would break, kept as written: a macro's name and target up to its bracket,
     * a URL, a cross reference or anchor (to the token's end when it goes on past a space), an attribute or character reference, a {@code ++} passthrough.
     */
    private static final Pattern SYNTAX = Pattern.compile(
            "https?://\\S+|\\w+:[^\\s\\[]*\\[|<<.*?(?:>>|$)|\\[\\[.*?(?:]]|$)|\\{[\\w-]+}|&#?\\w+;|\\+\\+.*?\\+\\+");
    /**
     * After a separator (or a comma, as in JSON) that a word, a quote or an opening bracket follows; or between a
     * lower-case letter or digit and a capitalised word.
     */
    private static final Pattern BREAK = Pattern.compile("(?<=[/\\-._:,])(?=[\\p{L}\\d\"'\\[{(<])|(?<=[\\p{Ll}\\d])(?=\\p{Lu}\\p{Ll})");

    @Override
    public Document process(Document document) {
        if ("pdf".equals(document.getAttribute("backend"))) {
            visit(document);
        }
        return document;
    }

    private void visit(StructuralNode node) {
        if (node instanceof Table table) {
            for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
                for (Row row : rows) {
                    for (Cell cell : row.getCells()) {
                        if (!"asciidoc".equals(cell.getStyle()) && cell.getSource() != null) {
                            cell.setSource(withBreakPoints(cell.getSource()));
                        }
                    }
                }
            }
            return;
        }
        List<StructuralNode> blocks = node.getBlocks();
        if (blocks != null) {
            blocks.forEach(this::visit);
        }
    }

    static String withBreakPoints(String text) {
        Matcher token = TOKEN.matcher(text);
        StringBuilder result = new StringBuilder();
        while (token.find()) {
            String value = token.group();
            token.appendReplacement(result, Matcher.quoteReplacement(outsideSyntax(value)));
        }
        token.appendTail(result);
        return result.toString();
    }

    /** Break points in the token's plain text, none inside its AsciiDoc syntax. */
    private static String outsideSyntax(String token) {
        Matcher syntax = SYNTAX.matcher(token);
        StringBuilder result = new StringBuilder();
        int plain = 0;
        while (syntax.find()) {
            result.append(breakPoints(token.substring(plain, syntax.start()))).append(syntax.group());
            plain = syntax.end();
        }
        return result.append(breakPoints(token.substring(plain))).toString();
    }

    private static String breakPoints(String plain) {
        return BREAK.matcher(plain).replaceAll(String.valueOf(ZERO_WIDTH_SPACE));
    }
}
