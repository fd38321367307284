package com.varsomics.archgen.document.layout;

import java.util.Comparator;
import java.util.List;

/**
 * One page of a rendered PDF as the layout rules see it: its size, the text area the theme's margins leave, its
 * text lines (top to bottom, then left to right), its raster images, and the section it belongs to.
 *
 * @param number  1-based physical page number (what a PDF viewer shows)
 * @param section the title of the deepest bookmark that starts on or before this page, or "" before the first
 */
public record LaidOutPage(int number, double width, double height, PageMargins margins, List<TextLine> lines,
                          List<ImageBox> images, List<VerticalRule> rules, String section) {

    /** Tolerance for comparing positions, in points: glyph boxes from font metrics are not exact. */
    static final double SLACK = 1.0;

    public LaidOutPage {
        lines = lines.stream().sorted(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left)).toList();
        images = List.copyOf(images);
        rules = List.copyOf(rules);
    }

    public boolean landscape() {
        return width > height;
    }

    public double textTop() {
        return margins.top();
    }

    public double textBottom() {
        return height - margins.bottom();
    }

    public double textLeft() {
        return margins.left();
    }

    public double textRight() {
        return width - margins.right();
    }

    /**
     * The lines of the text area: everything but the running footer and header, which asciidoctor-pdf prints in the
     * bottom and top margins.
     */
    public List<TextLine> body() {
        return lines.stream().filter(line -> line.baseline() <= textBottom() + SLACK && line.baseline() >= textTop()).toList();
    }
}
