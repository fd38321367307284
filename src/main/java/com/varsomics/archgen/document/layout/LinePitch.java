package com.varsomics.archgen.document.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distance between the baselines of two lines of one paragraph (or table cell), per font size, as the PDF
 * itself shows it: the most frequent distance between a line and the next one starting at the same x in the same
 * size. It depends on the font's metrics (asciidoctor-pdf multiplies the font's height by the theme's line-height),
 * so it is measured, not computed. A wider distance separates paragraphs, list items or table rows.
 */
final class LinePitch {

    /** Rounding allowed around the measured pitch, in points. */
    private static final double TOLERANCE = 1.5;

    private final Map<Double, Double> bySize;

    private LinePitch(Map<Double, Double> bySize) {
        this.bySize = bySize;
    }

    static LinePitch of(List<LaidOutPage> pages) {
        Map<Double, Map<Double, Integer>> counts = new HashMap<>();
        for (LaidOutPage page : pages) {
            List<TextLine> lines = page.body();
            for (int index = 0; index < lines.size(); index++) {
                TextLine line = lines.get(index);
                for (int next = index + 1; next < lines.size(); next++) {
                    TextLine below = lines.get(next);
                    double delta = below.baseline() - line.baseline();
                    if (delta > 3 * line.fontSize()) {
                        break;
                    }
                    if (delta > LaidOutPage.SLACK && Math.abs(below.left() - line.left()) <= LaidOutPage.SLACK
                            && below.fontSize() == line.fontSize()) {
                        counts.computeIfAbsent(line.fontSize(), size -> new HashMap<>()).merge(Math.round(delta * 10) / 10.0, 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        Map<Double, Double> modes = new HashMap<>();
        counts.forEach((size, deltas) -> modes.put(size, deltas.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return new LinePitch(modes);
    }

    /** Whether {@code below} follows {@code above} as the next line of the same block. */
    boolean sameBlock(TextLine above, TextLine below) {
        double delta = below.baseline() - above.baseline();
        return delta > LaidOutPage.SLACK && delta <= pitch(above.fontSize()) + TOLERANCE;
    }

    /** The measured pitch; where a size has too few lines to measure, the theme's 1.4 line height of a typical font (1.26 em). */
    double pitch(double fontSize) {
        return bySize.getOrDefault(fontSize, 1.4 * 1.26 * fontSize);
    }
}
