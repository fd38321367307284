package com.varsomics.archgen.site;

import com.varsomics.archgen.model.AdrConventions;
import com.varsomics.archgen.site.pages.Link;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Renders an ADR's Markdown for its page, read the way the document's chapter 12 reads it ({@link AdrConventions}:
 * GFM tables, the adr-tools header left to the page's own heading and metadata, the template's headings in pt-BR).
 * Raw HTML in the Markdown is shown as text (never executed) and unsafe link schemes are dropped. The document's
 * macros become links: {@code elemento:<id>[]} to the element's page (showing its name), {@code requisito:Rnn[]} to
 * the requirements page; adr-tools' {@code #N} links open the other ADR's page, and {@code #anchor} links (the
 * references of chapter 14) open the document there, or show as text when the document is not part of the build.
 */
final class DecisionMarkdown {

    /** Where the references of an ADR lead from its page; empty when there is nothing to link to. */
    interface References {

        /** The element's page, with the element's name as text; empty when the identifier is unknown. */
        Optional<Link> element(String identifier);

        /** The requirement on the requirements page, or empty when that page has no row for it. */
        Optional<String> requirement(String id);

        /** Whether {@code id} is a requirement of the case (unknown ids are reported). */
        boolean knowsRequirement(String id);

        /** The page of the ADR numbered {@code number} in the same scope, or empty when there is none. */
        Optional<String> decision(String number);

        /** The document at this anchor, or empty when the document is not part of the build. */
        Optional<String> document(String anchor);
    }

    /** The ADR's body as HTML for its page and as plain text for the search index. */
    record Rendered(String html, String text) {
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    /**
     * @param status   the status as the importer read it (its {@code ## Status} section is shown in the page's metadata)
     * @param problems collects every reference that resolves to nothing, as {@code "elemento:x[]"}, {@code "requisito:R99[]"}
     *                 or {@code "#9"}
     */
    Rendered render(String markdown, String status, References references, List<String> problems) {
        Document document = AdrConventions.parse(markdown);
        List<Node> body = AdrConventions.body(document, status);
        List<Node> header = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null && !body.contains(child); child = child.getNext()) {
            header.add(child);
        }
        header.forEach(Node::unlink);

        List<Text> texts = new ArrayList<>();
        List<org.commonmark.node.Link> links = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                texts.add(node);
            }

            @Override
            public void visit(org.commonmark.node.Link node) {
                links.add(node); // its text keeps any macro as written: a link cannot hold a link
            }

            @Override
            public void visit(Heading node) {
                headings.add(node);
                visitChildren(node);
            }
        });
        for (Heading heading : headings) {
            AdrConventions.standardHeading(AdrConventions.plainText(heading).strip()).ifPresent(label -> {
                while (heading.getFirstChild() != null) {
                    heading.getFirstChild().unlink();
                }
                heading.appendChild(new Text(label));
            });
        }
        for (org.commonmark.node.Link link : links) {
            resolve(link, references, problems);
        }
        for (Text node : texts) {
            if (node.getParent() != null && !insideLink(node)) {
                linkMacros(node, references, problems);
            }
        }
        return new Rendered(html.render(document), plainText(document));
    }

    /** What a reader sees, for the search index: the text of every block, links as their text, code as written. */
    static String plainText(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(HtmlInline node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                text.append(node.getLiteral()).append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block || parent instanceof TableCell) {
                    text.append(' ');
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** adr-tools' {@code #N} opens that ADR's page; {@code #anchor} opens the document there; other links stay as written. */
    private static void resolve(org.commonmark.node.Link link, References references, List<String> problems) {
        String destination = link.getDestination();
        Matcher adr = AdrConventions.ADR_NUMBER.matcher(destination);
        if (adr.matches()) {
            Optional<String> page = references.decision(adr.group(1));
            if (page.isEmpty()) {
                problems.add(destination);
                unwrap(link);
            } else {
                link.setDestination(page.get());
            }
        } else if (destination.startsWith("#") && destination.length() > 1) {
            String anchor = destination.substring(1);
            if (AdrConventions.plainText(link).strip().equals(anchor)) {
                // The document shows a bare reference to chapter 14 as [ref-…]; so does the site.
                while (link.getFirstChild() != null) {
                    link.getFirstChild().unlink();
                }
                link.appendChild(new Text("[" + anchor + "]"));
            }
            references.document(anchor).ifPresentOrElse(link::setDestination, () -> unwrap(link));
        }
    }

    private static void linkMacros(Text node, References references, List<String> problems) {
        String literal = node.getLiteral();
        Matcher matcher = AdrConventions.DOCUMENT_MACRO.matcher(literal);
        int copied = 0;
        boolean changed = false;
        while (matcher.find()) {
            String target = matcher.group(2);
            Node replacement;
            if (matcher.group(1).equals("elemento")) {
                Optional<Link> element = references.element(target);
                if (element.isEmpty()) {
                    problems.add(matcher.group());
                    continue;
                }
                replacement = link(element.get().href(), element.get().text());
            } else {
                if (!references.knowsRequirement(target)) {
                    problems.add(matcher.group());
                    continue;
                }
                replacement = references.requirement(target).<Node>map(href -> link(href, target)).orElseGet(() -> new Text(target));
            }
            if (matcher.start() > copied) {
                node.insertBefore(new Text(literal.substring(copied, matcher.start())));
            }
            node.insertBefore(replacement);
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

    private static org.commonmark.node.Link link(String href, String text) {
        org.commonmark.node.Link link = new org.commonmark.node.Link(href, null);
        link.appendChild(new Text(text));
        return link;
    }

    /** Replaces a link by its text. */
    private static void unwrap(Node link) {
        while (link.getFirstChild() != null) {
            Node child = link.getFirstChild();
            child.unlink();
            link.insertBefore(child);
        }
        link.unlink();
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.commonmark.node.Link) {
                return true;
            }
        }
        return false;
    }
}
