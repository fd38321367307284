package com.varsomics.archgen.document;

import com.varsomics.archgen.model.AdrConventions;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.node.Visitor;

import com.varsomics.archgen.text.AsciiDocText;
import com.varsomics.archgen.text.Slug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Markdown of an ADR into AsciiDoc for the delivery document, node by node over the CommonMark AST
 * (GFM tables on). It implements the whole {@link Visitor} rather than extending a default one, so every node type
 * is either converted here or reported: content is never dropped silently. Each problem names the Markdown file and
 * line and says what to write instead; {@link #problems()} collects them for the caller to fail with. Tables, code and
 * links are converted by {@link MarkdownTable}, {@link MarkdownCode} and {@link MarkdownLinks}, which report to the
 * same {@link MarkdownSource}; this class walks the tree and keeps the state (output, list depth, heading anchors).
 *
 * <p>Supported: headings {@code ##}–{@code ####} (one level below the ADR's own section), paragraphs, bullet and
 * ordered lists (nested), emphasis, strong, code spans, fenced and indented code, links (absolute URLs, {@code #anchor}
 * and the {@code #N} references adr-tools leaves for other ADRs), GFM tables. Text is escaped so that no Markdown
 * character turns into AsciiDoc markup, except the document's own macros {@code elemento:<id>[]} and
 * {@code requisito:Rnn[]}, which pass through and are listed in {@link #macros()} for the caller to check.
 */
final class MarkdownToAsciiDoc implements Visitor {

    /** A document macro found in the text, with where it was written. */
    record MacroReference(String name, String target, String location) {
    }

    /** Body headings sit under the ADR's {@code ===} section: {@code ##} becomes {@code ====}. */
    private static final int HEADING_OFFSET = 2;
    /** AsciiDoc section titles go down to {@code ======} (level 5). */
    private static final int DEEPEST_SECTION = 6;
    /** AsciiDoc list markers nest five deep ({@code *****}). */
    private static final int DEEPEST_LIST = 5;

    private static final Pattern ADMONITION_LABEL = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):");

    private final MarkdownSource source;
    private final MarkdownTable tables;
    private final String anchorPrefix;
    private final List<MacroReference> macros = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private StringBuilder out = new StringBuilder();
    private int listDepth;
    private boolean inTableCell;
    private int previousHeadingLevel = 1;

    /**
     * @param source       the Markdown file, as shown in messages
     * @param markdown     its text (for table rows, which the AST normalises)
     * @param anchorPrefix prefix of the ids given to body headings, unique per ADR (e.g. {@code adr-0001})
     */
    MarkdownToAsciiDoc(Path source, String markdown, String anchorPrefix) {
        this.source = new MarkdownSource(source, markdown);
        this.tables = new MarkdownTable(this.source, this::cellInlines);
        this.anchorPrefix = anchorPrefix;
    }

    /** Converts top-level blocks, separated by blank lines; two adjacent lists are kept apart with a comment line. */
    String blocks(List<Node> nodes) {
        StringBuilder result = new StringBuilder();
        Node previous = null;
        for (Node node : nodes) {
            String block = blockAtLineStart(node);
            if (block.isEmpty()) {
                continue;
            }
            if (!result.isEmpty()) {
                result.append("\n\n");
            }
            if (previous instanceof ListBlock && node instanceof ListBlock) {
                result.append("//-\n\n");
            }
            result.append(block);
            previous = node;
        }
        return result.toString();
    }

    List<String> problems() {
        return source.problems();
    }

    List<MacroReference> macros() {
        return List.copyOf(macros);
    }

    /**
     * Text that AsciiDoc shows exactly as written: every character that could open inline markup, an attribute
     * reference, a macro, a cross reference or a table cell becomes an attribute or character reference, which
     * Asciidoctor resolves after markup is parsed. Only the document's own macros are left intact.
     */
    String text(String value, Node where) {
        StringBuilder result = new StringBuilder();
        Matcher macro = AdrConventions.DOCUMENT_MACRO.matcher(value);
        int from = 0;
        while (macro.find()) {
            result.append(AsciiDocText.literal(value.substring(from, macro.start())));
            result.append(macro.group());
            macros.add(new MacroReference(macro.group(1), macro.group(2), source.location(where)));
            from = macro.end();
        }
        return result.append(AsciiDocText.literal(value.substring(from))).toString();
    }

    @Override
    public void visit(Document document) {
        List<Node> children = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        out.append(blocks(children));
    }

    @Override
    public void visit(Heading heading) {
        int level = heading.getLevel();
        if (level == 1) {
            problem(heading, "a level-1 heading ('# ') in the body; only the first line '# N. Título' may use it. Use '## ' for the ADR's sections");
            return;
        }
        if (level > previousHeadingLevel + 1) {
            problem(heading, "the heading jumps from level " + previousHeadingLevel + " to level " + level
                    + ", which AsciiDoc rejects. Use '" + "#".repeat(previousHeadingLevel + 1) + " '");
            return;
        }
        if (level + HEADING_OFFSET > DEEPEST_SECTION) {
            problem(heading, "a level-" + level + " heading is deeper than AsciiDoc sections go under an ADR. Use '##' to '####', or a bold paragraph");
            return;
        }
        previousHeadingLevel = level;
        String plain = AdrConventions.plainText(heading).strip();
        String standard = AdrConventions.standardHeading(plain).orElse(null);
        String title = standard != null ? standard : inlines(heading);
        out.append("[[").append(anchor(standard != null ? standard : plain)).append("]]\n")
                .append("=".repeat(level + HEADING_OFFSET)).append(' ').append(title);
    }

    @Override
    public void visit(Paragraph paragraph) {
        out.append(inlines(paragraph));
    }

    @Override
    public void visit(BulletList list) {
        items(list, '*');
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        if (start != null && start != 1) {
            out.append("[start=").append(start).append("]\n");
        }
        items(list, '.');
    }

    @Override
    public void visit(ListItem item) {
        char marker = item.getParent() instanceof OrderedList ? '.' : '*';
        out.append(String.valueOf(marker).repeat(Math.max(1, listDepth))).append(' ');
        Node child = item.getFirstChild();
        if (child instanceof Paragraph paragraph) {
            out.append(inlines(paragraph));
            child = child.getNext();
        } else {
            out.append("{empty}");
        }
        boolean afterNestedList = false;
        for (; child != null; child = child.getNext()) {
            if (child instanceof ListBlock) {
                out.append('\n').append(render(child));
                afterNestedList = true;
            } else if (afterNestedList) {
                problem(child, "a list item goes on after its nested list, and AsciiDoc would attach that text to the nested list."
                        + " Move the text before the nested list or into an item of its own");
            } else {
                out.append("\n+\n").append(blockAtLineStart(child));
            }
        }
    }

    @Override
    public void visit(Emphasis emphasis) {
        out.append("__").append(inlines(emphasis)).append("__");
    }

    @Override
    public void visit(StrongEmphasis strong) {
        out.append("**").append(inlines(strong)).append("**");
    }

    @Override
    public void visit(Code code) {
        out.append(MarkdownCode.span(code, inTableCell, source));
    }

    @Override
    public void visit(FencedCodeBlock block) {
        out.append(MarkdownCode.fenced(block, source));
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        out.append(MarkdownCode.indented(block));
    }

    @Override
    public void visit(Link link) {
        out.append(MarkdownLinks.asciidoc(link, () -> inlines(link), source));
    }

    @Override
    public void visit(Text text) {
        out.append(text(text.getLiteral(), text));
    }

    /** Markdown joins soft-wrapped lines with a space; one line per paragraph also keeps AsciiDoc from reading a line start as markup. */
    @Override
    public void visit(SoftLineBreak lineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        out.append(" +\n{empty}");
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            out.append(tables.asciidoc(table));
        } else {
            problem(block, "the Markdown extension block " + block.getClass().getSimpleName() + " has no AsciiDoc conversion."
                    + " Write it as a paragraph, list or table");
        }
    }

    /** Table heads, bodies, rows and cells are read by {@link MarkdownTable}; anything else is an extension we do not know. */
    @Override
    public void visit(CustomNode node) {
        problem(node, "the Markdown extension element " + node.getClass().getSimpleName() + " has no AsciiDoc conversion."
                + " Write it as plain text");
    }

    @Override
    public void visit(BlockQuote blockQuote) {
        problem(blockQuote, "a block quote ('> ') is not converted. Write it as a paragraph (quote the source in the text)");
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        problem(thematicBreak, "a thematic break ('---') is not converted. Remove it; use a '## ' heading to separate parts");
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        problem(htmlBlock, "raw HTML cannot be carried into the document's HTML and PDF. Write it in Markdown");
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        problem(htmlInline, "inline HTML (" + htmlInline.getLiteral() + ") cannot be carried into the document's HTML and PDF."
                + " Write it in Markdown; cite a reference with [texto](#ref-…) rather than <<ref-…>>");
    }

    @Override
    public void visit(Image image) {
        problem(image, "images are not converted (the document takes diagrams only from workspace.dsl views)."
                + " Describe the point in text, or ask for a view in workspace.dsl and place it in a chapter");
    }

    /** Definitions are already resolved into the {@link Link}s that use them; they show nothing of their own. */
    @Override
    public void visit(LinkReferenceDefinition definition) {
    }

    private void items(ListBlock list, char marker) {
        listDepth++;
        if (listDepth > DEEPEST_LIST) {
            problem(list, "lists nest " + listDepth + " deep; AsciiDoc stops at " + DEEPEST_LIST + ". Flatten the list");
        } else {
            List<String> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                items.add(render(item));
            }
            out.append(String.join("\n", items));
        }
        listDepth--;
    }

    /** A table cell's inline content; code spans in it escape {@code |}, which would otherwise end the cell. */
    private String cellInlines(TableCell cell) {
        inTableCell = true;
        String content = inlines(cell);
        inTableCell = false;
        return content;
    }

    /** A block as it starts a line of the document: a paragraph that AsciiDoc could read as markup gets an {@code {empty}} guard. */
    private String blockAtLineStart(Node block) {
        String rendered = render(block);
        if (block instanceof Paragraph && !rendered.isEmpty()
                && (!Character.isLetterOrDigit(rendered.charAt(0)) || ADMONITION_LABEL.matcher(rendered).find())) {
            return "{empty}" + rendered;
        }
        return rendered;
    }

    private String render(Node node) {
        StringBuilder saved = out;
        out = new StringBuilder();
        node.accept(this);
        String result = out.toString();
        out = saved;
        return result;
    }

    private String inlines(Node parent) {
        StringBuilder result = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            result.append(render(child));
        }
        return result.toString();
    }

    private String anchor(String title) {
        String base = anchorPrefix + "-" + Slug.of(title);
        String id = base;
        for (int n = 2; !anchors.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void problem(Node node, String message) {
        source.problem(node, message);
    }
}
