package com.varsomics.archgen.site;

import com.varsomics.archgen.site.pages.Link;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Renders an ADR's Markdown for its page: raw HTML in the Markdown is shown as text (never executed), unsafe link
 * schemes are dropped, the leading {@code # title} is left to the page's own heading, and every
 * {@code elemento:<id>[]} becomes a link to the element's page showing its name.
 */
final class DecisionMarkdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /**
     * @param elements an element reference's link (text = element name), or empty when the identifier is unknown
     * @param unknown  collects the identifiers that resolved to nothing
     */
    String toHtml(String markdown, Function<String, Optional<Link>> elements, List<String> unknown) {
        Node document = parser.parse(markdown);
        dropTitle(document);
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                texts.add(node);
            }

            @Override
            public void visit(Code node) {
                // code spans show the macro as written
            }
        });
        for (Text node : texts) {
            linkElements(node, elements, unknown);
        }
        return html.render(document);
    }

    /** The ADR as plain text, for the search index. */
    String toText(String markdown) {
        Node document = parser.parse(markdown);
        dropTitle(document);
        return text.render(document).replaceAll("\\s+", " ").strip();
    }

    private static void dropTitle(Node document) {
        if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
            heading.unlink();
        }
    }

    private static void linkElements(Text node, Function<String, Optional<Link>> elements, List<String> unknown) {
        String literal = node.getLiteral();
        Matcher matcher = WorkspaceDecisions.ELEMENT_REFERENCE.matcher(literal);
        int copied = 0;
        boolean changed = false;
        while (matcher.find()) {
            Optional<Link> link = elements.apply(matcher.group(1));
            if (link.isEmpty()) {
                unknown.add(matcher.group(1));
                continue;
            }
            if (matcher.start() > copied) {
                node.insertBefore(new Text(literal.substring(copied, matcher.start())));
            }
            org.commonmark.node.Link anchor = new org.commonmark.node.Link(link.get().href(), null);
            anchor.appendChild(new Text(link.get().text()));
            node.insertBefore(anchor);
            copied = matcher.end();
            changed = true;
        }
        if (changed) {
            if (copied < literal.length()) {
                node.insertBefore(new Text(literal.substring(copied)));
            }
            node.unlink();
        }
    }
}
