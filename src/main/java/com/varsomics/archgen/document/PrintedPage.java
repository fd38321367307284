package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.document.layout.PageMargins;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * The text area, in PDF points, of an A4 page of the document, read from the PDF theme ({@code page.margin}, and
 * {@code page.margin-rotated} for landscape pages): the box asciidoctor-pdf fits a diagram into.
 */
record PrintedPage(Orientation orientation, double width, double height) {

    /** The page layouts a diagram may be placed on, named as the {@code diagrama::} macro's {@code pagina} attribute says them. */
    enum Orientation {
        PORTRAIT("retrato"), LANDSCAPE("paisagem");

        final String label;

        Orientation(String label) {
            this.label = label;
        }
    }

    private static final double A4_SHORT_SIDE = 595.28;
    private static final double A4_LONG_SIDE = 841.89;

    static PrintedPage of(Path theme, Orientation orientation) {
        JsonNode page = PageMargins.readTheme(theme).path("page");
        if (!page.path("size").asString("").equalsIgnoreCase("A4")) {
            throw new BuildException(theme + ": page.size must be A4; the document's diagram legibility check measures A4 pages.");
        }
        PageMargins margins = PageMargins.of(page, theme, orientation == Orientation.LANDSCAPE);
        double horizontal = margins.left() + margins.right();
        double vertical = margins.top() + margins.bottom();
        return orientation == Orientation.LANDSCAPE
                ? new PrintedPage(orientation, A4_LONG_SIDE - horizontal, A4_SHORT_SIDE - vertical)
                : new PrintedPage(orientation, A4_SHORT_SIDE - horizontal, A4_LONG_SIDE - vertical);
    }

    /** "A4 retrato" or "A4 paisagem", as findings name the medium. */
    String medium() {
        return "PDF (A4 " + orientation.label + ")";
    }
}
