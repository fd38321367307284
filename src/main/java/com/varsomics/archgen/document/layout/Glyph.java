package com.varsomics.archgen.document.layout;

/**
 * One character as printed, in points from the page's top-left corner (y grows downwards).
 *
 * @param text      the character (a ligature may give several)
 * @param baseline  the baseline's distance from the top edge
 * @param fontSize  the printed size in points (a diagram's text scaled with its drawing)
 * @param font      the font's base name without its subset prefix ({@code NotoSerif-Bold}, {@code mplus1mn-regular})
 */
public record Glyph(String text, double left, double right, double baseline, double fontSize, String font) {

    public boolean bold() {
        return font.contains("Bold") || font.contains("bold");
    }

    /** The theme's monospace font (code, listings): M+ 1mn in asciidoctor-pdf's default fonts. */
    public boolean monospace() {
        return font.contains("mono") || font.contains("Mono") || font.contains("1mn") || font.contains("Courier");
    }

    /** The top of the glyph, approximated from its size (capitals and accents reach about 0.75 em for the bundled fonts). */
    public double top() {
        return baseline - 0.75 * fontSize;
    }
}
