package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code document.layout.orphan} and {@code document.layout.widow}: no paragraph split over two pages leaves one
 * line alone, its first at the bottom of a page (orphan) or its last at the top of the next (widow).
 * <p>
 * Paragraphs are read from positions: prose is body-size text in the document's fonts, inline code included
 * (headings, table cells and listings have other sizes, so they are never paragraphs); its lines follow each other at one line
 * height, and a wider gap starts a new paragraph. A paragraph continues on the next page when the last line of a
 * page is justified to the right edge of the text area and the next page starts with prose at the same indentation.
 */
final class ParagraphSplitRule implements LayoutRule {

    static final String ORPHAN = "document.layout.orphan";
    static final String WIDOW = "document.layout.widow";

    /** How far right of the paragraph's first line its continuation may start (a list item's text after its bullet). */
    private static final double CONTINUATION_INDENT = 24;
    private static final double JUSTIFIED_SLACK = 2.5;

    private final LayoutTheme theme;

    ParagraphSplitRule(LayoutTheme theme) {
        this.theme = theme;
    }

    @Override
    public List<Finding> check(PdfLocation pdf, List<LaidOutPage> pages) {
        List<Finding> findings = new ArrayList<>();
        LinePitch pitch = LinePitch.of(pages);
        for (int index = 0; index + 1 < pages.size(); index++) {
            LaidOutPage page = pages.get(index);
            LaidOutPage next = pages.get(index + 1);
            List<List<Row>> before = blocks(page, pitch);
            List<List<Row>> after = blocks(next, pitch);
            if (before.isEmpty() || after.isEmpty()) {
                continue;
            }
            List<Row> tail = before.getLast();
            List<Row> head = after.getFirst();
            if (!tail.getLast().last() || !head.getFirst().first() || !continues(page, tail, head.getFirst())) {
                continue;
            }
            if (tail.size() == 1) {
                findings.add(pdf.finding(ORPHAN, page, "the first line of a paragraph, \"" + tail.getFirst().text()
                                + "\", is alone at the bottom of the page; the paragraph continues on page " + next.number() + ".",
                        "Move the paragraph whole to the next page: shorten or reword the text before it, or mark the paragraph [%unbreakable]."));
            }
            if (head.size() == 1) {
                findings.add(pdf.finding(WIDOW, next, "the last line of a paragraph from page " + page.number() + ", \""
                                + head.getFirst().text() + "\", is alone at the top of the page.",
                        "Shorten the paragraph by a line, or lengthen it so two lines carry over, or mark it [%unbreakable]."));
            }
        }
        return findings;
    }

    /** The last line of a page continues when it reaches the right edge (justified) and the next page goes on at its indentation. */
    private static boolean continues(LaidOutPage page, List<Row> tail, Row head) {
        Row last = tail.getLast();
        double left = tail.stream().mapToDouble(Row::left).min().orElseThrow();
        return last.right() >= page.textRight() - JUSTIFIED_SLACK
                && head.left() >= left - LaidOutPage.SLACK && head.left() <= left + CONTINUATION_INDENT;
    }

    /** The page's prose rows, grouped into paragraphs; {@code first}/{@code last} say whether a row opens or closes the text area. */
    private List<List<Row>> blocks(LaidOutPage page, LinePitch pitch) {
        List<Row> rows = rows(page.body());
        List<List<Row>> blocks = new ArrayList<>();
        Row previous = null;
        for (Row row : rows) {
            if (row.prose()) {
                if (previous == null || !previous.prose() || !pitch.sameBlock(previous.lines().getFirst(), row.lines().getFirst())) {
                    blocks.add(new ArrayList<>());
                }
                blocks.getLast().add(row);
            }
            previous = row;
        }
        return blocks;
    }

    private List<Row> rows(List<TextLine> body) {
        List<List<TextLine>> grouped = new ArrayList<>();
        for (TextLine line : body) {
            if (grouped.isEmpty() || line.baseline() - grouped.getLast().getFirst().baseline() > LaidOutPage.SLACK) {
                grouped.add(new ArrayList<>());
            }
            grouped.getLast().add(line);
        }
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < grouped.size(); index++) {
            List<TextLine> lines = grouped.get(index);
            rows.add(new Row(lines, lines.stream().allMatch(this::prose), index == 0, index == grouped.size() - 1));
        }
        return rows;
    }

    /** Body-size text (inline code included) in the document's fonts (not a diagram's), not a heading and not a table of contents entry (dot leaders). */
    private boolean prose(TextLine line) {
        return !line.figure() && theme.isBodySize(line.fontSize()) && !theme.isHeading(line) && !line.text().contains(". . .");
    }

    private record Row(List<TextLine> lines, boolean prose, boolean first, boolean last) {

        double baseline() {
            return lines.getFirst().baseline();
        }

        double left() {
            return lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
        }

        double right() {
            return lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
        }

        String text() {
            return String.join(" ", lines.stream().map(TextLine::text).toList());
        }
    }
}
