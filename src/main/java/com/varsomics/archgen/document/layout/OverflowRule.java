package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code document.layout.overflow}: no text and no raster image past the margins of its page (landscape pages have
 * their own, {@code page.margin-rotated}). The running footer lives in the bottom margin, so text there is checked
 * only sideways.
 */
final class OverflowRule implements LayoutRule {

    static final String KEY = "document.layout.overflow";

    @Override
    public List<Finding> check(PdfLocation pdf, List<LaidOutPage> pages) {
        List<Finding> findings = new ArrayList<>();
        for (LaidOutPage page : pages) {
            for (TextLine line : page.lines()) {
                double past = Math.max(Math.max(page.textLeft() - line.left(), line.right() - page.textRight()),
                        line.baseline() <= page.textBottom() ? page.textTop() - top(line) : 0);
                if (past > LaidOutPage.SLACK) {
                    findings.add(pdf.finding(KEY, page, String.format(Locale.ROOT, "the text \"%s\" runs %.0f pt past the %s.", line.text(),
                                    past, side(page, line.left(), line.right(), top(line))),
                            "Let it wrap: narrow the table's columns or the listing's lines, or put the block on a landscape page."));
                }
            }
            for (ImageBox image : page.images()) {
                double past = Math.max(Math.max(page.textLeft() - image.left(), image.right() - page.textRight()),
                        Math.max(page.textTop() - image.top(), image.bottom() - page.textBottom()));
                if (past > LaidOutPage.SLACK) {
                    findings.add(pdf.finding(KEY, page, String.format(Locale.ROOT, "an image runs %.0f pt past the %s.", past,
                                    side(page, image.left(), image.right(), image.top())),
                            "Give the image a width in % of the text area (e.g. pdfwidth=100%) or put it on a landscape page."));
                }
            }
        }
        return findings;
    }

    private static double top(TextLine line) {
        return line.glyphs().stream().mapToDouble(Glyph::top).min().orElseThrow();
    }

    private static String side(LaidOutPage page, double left, double right, double top) {
        if (left < page.textLeft() - LaidOutPage.SLACK) {
            return "left margin";
        }
        if (right > page.textRight() + LaidOutPage.SLACK) {
            return "right margin";
        }
        return top < page.textTop() - LaidOutPage.SLACK ? "top margin" : "bottom margin";
    }
}
