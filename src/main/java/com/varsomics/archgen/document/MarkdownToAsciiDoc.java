package com.varsomics.archgen.document;

import com.varsomics.archgen.model.AdrConventions;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
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
import org.commonmark.node.SourceSpan;
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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Markdown of an ADR into AsciiDoc for the delivery document, node by node over the CommonMark AST
 * (GFM tables on). It implements the whole {@link Visitor} rather than extending a default one, so every node type
 * is either converted here or reported: content is never dropped silently. Each problem names the Markdown file and
 * line and says what to write instead; {@link #problems()} collects them for the caller to fail with.
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
    private static final Pattern PREPROCESSOR_DIRECTIVE = Pattern.compile("(?m)^(include|ifdef|ifndef|ifeval|endif)::");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+.#-]+");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)(https?://|mailto:)\\S+");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private final Path source;
    private final String anchorPrefix;
    private final String[] sourceLines;
    private final List<String> problems = new ArrayList<>();
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
        this.source = source;
        this.anchorPrefix = anchorPrefix;
        this.sourceLines = markdown.split("\n", -1);
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
        return List.copyOf(problems);
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
            macros.add(new MacroReference(macro.group(1), macro.group(2), location(where)));
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

    /** {@code pass:c[]} keeps the literal exactly (HTML-escaped only); unconstrained backticks work next to letters too. */
    @Override
    public void visit(Code code) {
        String literal = code.getLiteral();
        if (literal.endsWith("\\")) {
            problem(code, "a code span ends with a backslash, which would escape the end of AsciiDoc's pass macro."
                    + " Add a space before the closing backtick or use a fenced block");
            return;
        }
        String content = literal.replace("]", "\\]");
        if (inTableCell) {
            content = content.replace("|", "\\|"); // the table parser splits cells before any inline markup is read
        }
        out.append("``pass:c[").append(content).append("]``");
    }

    @Override
    public void visit(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            problem(block, "the code block's language '" + language + "' is not a plain name. Use one like bash, json or java");
            return;
        }
        listing(language, block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        listing("", block.getLiteral());
    }

    @Override
    public void visit(Link link) {
        if (link.getTitle() != null && !link.getTitle().isEmpty()) {
            problem(link, "the link to '" + link.getDestination() + "' has a title (\"" + link.getTitle()
                    + "\"), which AsciiDoc has no place for. Remove the quoted title or move it into the link text");
            return;
        }
        String destination = link.getDestination();
        String text = inlines(link);
        Matcher adr = AdrConventions.ADR_NUMBER.matcher(destination);
        if (adr.matches()) {
            out.append(xref(DecisionFragments.anchor(adr.group(1)), text));
        } else if (destination.startsWith("#") && destination.length() > 1) {
            String anchor = destination.substring(1);
            out.append(AdrConventions.plainText(link).strip().equals(anchor) ? "<<" + anchor + ">>" : xref(anchor, text));
        } else if (ABSOLUTE_URL.matcher(destination).matches() && !destination.contains("++")) {
            out.append("link:++").append(destination).append("++[").append(text).append(']');
        } else {
            problem(link, "the link to '" + destination + "' points at nothing the document contains. Use an absolute https:// URL,"
                    + " #ref-… for a reference of the glossary (Volume 2, chapter 13), or another ADR's file name (0003-….md)");
        }
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
            table(table);
        } else {
            problem(block, "the Markdown extension block " + block.getClass().getSimpleName() + " has no AsciiDoc conversion."
                    + " Write it as a paragraph, list or table");
        }
    }

    /** Table heads, bodies, rows and cells are read by {@link #table}; anything else is an extension we do not know. */
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

    private void listing(String language, String literal) {
        String content = PREPROCESSOR_DIRECTIVE.matcher(literal.stripTrailing()).replaceAll("\\\\$1::");
        String delimiter = "----";
        while (content.lines().anyMatch(delimiter::equals)) {
            delimiter += "-";
        }
        if (!language.isEmpty()) {
            out.append("[source,").append(language).append("]\n");
        }
        out.append(delimiter).append('\n').append(content).append('\n').append(delimiter);
    }

    private void table(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        List<TableCell.Alignment> alignments = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                checkCellCount((TableRow) row, alignments.isEmpty() ? -1 : alignments.size());
                List<String> cells = new ArrayList<>();
                int column = 0;
                for (Node node = row.getFirstChild(); node != null; node = node.getNext(), column++) {
                    TableCell cell = (TableCell) node;
                    inTableCell = true;
                    cells.add(inlines(cell).strip());
                    inTableCell = false;
                    int length = AdrConventions.plainText(cell).strip().length();
                    if (rows.isEmpty()) {
                        alignments.add(cell.getAlignment());
                        widths.add(length);
                    } else if (column < widths.size()) {
                        widths.set(column, Math.max(widths.get(column), length));
                    }
                }
                rows.add(cells);
            }
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < alignments.size(); i++) {
            String align = alignments.get(i) == null ? "" : switch (alignments.get(i)) {
                case LEFT -> "<";
                case CENTER -> "^";
                case RIGHT -> ">";
            };
            columns.add(align + Math.clamp((widths.get(i) + 9) / 10, 1, 8));
        }
        out.append("[cols=\"").append(String.join(",", columns)).append("\",options=\"header\"]\n|===\n");
        for (int r = 0; r < rows.size(); r++) {
            for (String cell : rows.get(r)) {
                out.append(cell.isEmpty() ? "|" : "|" + cell).append('\n');
            }
            if (r == 0) {
                out.append('\n');
            }
        }
        out.append("|===");
    }

    /** GFM silently drops cells beyond the header's count; read the row's source line to catch that. */
    private void checkCellCount(TableRow row, int headerCells) {
        if (headerCells < 0 || row.getSourceSpans().isEmpty()) {
            return;
        }
        String line = sourceLines[row.getSourceSpans().getFirst().getLineIndex()].strip();
        String inner = line.substring(line.startsWith("|") ? 1 : 0, line.endsWith("|") && !line.endsWith("\\|") ? line.length() - 1 : line.length());
        int cells = UNESCAPED_PIPE.split(inner, -1).length;
        if (cells > headerCells) {
            problem(row, "a table row has " + cells + " cells but the header has " + headerCells
                    + "; Markdown would drop the extra cells. Add header columns or escape '|' inside cells as '\\|'");
        }
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

    private static String xref(String anchor, String text) {
        return text.isBlank() ? "<<" + anchor + ">>" : "<<" + anchor + "," + text + ">>";
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
        problems.add(location(node) + ": " + message + ".");
    }

    private String location(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            List<SourceSpan> spans = current.getSourceSpans();
            if (!spans.isEmpty()) {
                return source + ":" + (spans.getFirst().getLineIndex() + 1);
            }
        }
        return source.toString();
    }
}
