package com.varsomics.archgen.document.layout;

import java.util.List;

/**
 * The glyphs of one baseline that sit close together (a line of a paragraph, or of one table cell): a wide gap
 * starts another {@code TextLine} on the same baseline, so table cells side by side stay apart.
 *
 * @param figure whether most of its glyphs are in a font the document's text does not use: a diagram's labels
 *               (prawn-svg draws them in the SVG's font), which are neither paragraphs, headings nor table cells
 */
public record TextLine(List<Glyph> glyphs, boolean figure) {

    /** Letters of a word sit closer than this (kerning); words further apart. */
    private static final double WORD_GAP_EMS = 0.15;

    public TextLine {
        glyphs = List.copyOf(glyphs);
    }

    public double left() {
        return glyphs.getFirst().left();
    }

    public double right() {
        return glyphs.getLast().right();
    }

    public double baseline() {
        return glyphs.getFirst().baseline();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            // PDFs position words rather than print spaces (justified text has none): a gap is a space
            if (previous != null && glyph.left() - previous.right() > WORD_GAP_EMS * previous.fontSize()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }

    /** The size most of its characters have. */
    public double fontSize() {
        return mostOf(Glyph::fontSize);
    }

    public boolean bold() {
        return glyphs.stream().filter(Glyph::bold).count() * 2 > glyphs.size();
    }

    public boolean monospace() {
        return glyphs.stream().filter(Glyph::monospace).count() * 2 > glyphs.size();
    }

    private double mostOf(java.util.function.ToDoubleFunction<Glyph> property) {
        java.util.Map<Double, Long> counts = new java.util.TreeMap<>();
        for (Glyph glyph : glyphs) {
            counts.merge(Math.round(property.applyAsDouble(glyph) * 10) / 10.0, 1L, Long::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
