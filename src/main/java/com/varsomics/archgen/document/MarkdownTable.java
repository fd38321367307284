package com.varsomics.archgen.document;

import com.varsomics.archgen.model.AdrConventions;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A GFM table as an AsciiDoc table: the header row first, column widths from the longest plain text of each column
 * (in tenths, 1–8), alignments from the delimiter row. The cells' inline content is converted by the caller.
 */
final class MarkdownTable {

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private final MarkdownSource source;
    private final Function<TableCell, String> cellContent;

    /**
     * @param source      the Markdown file, for its raw rows and to report problems to
     * @param cellContent converts a cell's inline content to AsciiDoc that is safe inside a table cell
     */
    MarkdownTable(MarkdownSource source, Function<TableCell, String> cellContent) {
        this.source = source;
        this.cellContent = cellContent;
    }

    String asciidoc(TableBlock table) {
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
                    cells.add(cellContent.apply(cell).strip());
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
        StringBuilder out = new StringBuilder();
        out.append("[cols=\"").append(String.join(",", columns(alignments, widths))).append("\",options=\"header\"]\n|===\n");
        for (int r = 0; r < rows.size(); r++) {
            for (String cell : rows.get(r)) {
                out.append(cell.isEmpty() ? "|" : "|" + cell).append('\n');
            }
            if (r == 0) {
                out.append('\n');
            }
        }
        return out.append("|===").toString();
    }

    private static List<String> columns(List<TableCell.Alignment> alignments, List<Integer> widths) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < alignments.size(); i++) {
            String align = alignments.get(i) == null ? "" : switch (alignments.get(i)) {
                case LEFT -> "<";
                case CENTER -> "^";
                case RIGHT -> ">";
            };
            columns.add(align + Math.clamp((widths.get(i) + 9) / 10, 1, 8));
        }
        return columns;
    }

    /** GFM silently drops cells beyond the header's count; read the row's source line to catch that. */
    private void checkCellCount(TableRow row, int headerCells) {
        if (headerCells < 0 || row.getSourceSpans().isEmpty()) {
            return;
        }
        String line = source.line(row.getSourceSpans().getFirst().getLineIndex()).strip();
        String inner = line.substring(line.startsWith("|") ? 1 : 0, line.endsWith("|") && !line.endsWith("\\|") ? line.length() - 1 : line.length());
        int cells = UNESCAPED_PIPE.split(inner, -1).length;
        if (cells > headerCells) {
            source.problem(row, "a table row has " + cells + " cells but the header has " + headerCells
                    + "; Markdown would drop the extra cells. Add header columns or escape '|' inside cells as '\\|'");
        }
    }
}
