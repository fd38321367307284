package com.varsomics.archgen.document.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Small PDFs laid out like asciidoctor-pdf lays out the document (A4, the theme's 1.8 cm margins, 10 pt body text at
 * a 17.6 pt pitch, 8.5 pt table text at 15 pt), written with PDFBox so each fixture shows exactly one defect.
 * Coordinates are from the page's top-left corner, y down, as the layout rules read them.
 */
final class FixturePdf {

    static final double LEFT = 51.02;
    static final double RIGHT = 595.28 - 51.02;
    static final double TOP = 51.02;
    static final double BOTTOM = 841.89 - 51.02;
    static final double PITCH = 17.6;
    static final double PARAGRAPH_GAP = 12;

    static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDType1Font CODE = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private final PDDocument document = new PDDocument();
    private PDPage page;
    private PDPageContentStream content;

    FixturePdf page() {
        return page(PDRectangle.A4);
    }

    FixturePdf landscapePage() {
        return page(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    }

    private FixturePdf page(PDRectangle size) {
        close();
        page = new PDPage(size);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        footer();
        return this;
    }

    /** The running footer asciidoctor-pdf prints in the bottom margin: page number and document title. */
    private void footer() {
        text(BODY, 9, LEFT, 841.89 - 25, String.valueOf(document.getNumberOfPages()));
        text(BODY, 9, RIGHT - 120, 841.89 - 25, "Documento de teste");
    }

    FixturePdf text(PDType1Font font, double size, double left, double baseline, String text) {
        try {
            content.beginText();
            content.setFont(font, (float) size);
            content.newLineAtOffset((float) left, (float) (page.getMediaBox().getHeight() - baseline));
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A body line set flush left and justified to the right margin, as asciidoctor-pdf sets all but a paragraph's last line. */
    FixturePdf justified(double baseline, String text) {
        String[] words = text.split(" ");
        double natural = 0;
        for (String word : words) {
            natural += width(BODY, 10, word);
        }
        double space = (RIGHT - LEFT - natural) / (words.length - 1);
        double x = LEFT;
        for (String word : words) {
            text(BODY, 10, x, baseline, word);
            x += width(BODY, 10, word) + space;
        }
        return this;
    }

    /** A paragraph's last line: flush left, ragged right. */
    FixturePdf last(double baseline, String text) {
        return text(BODY, 10, LEFT, baseline, text);
    }

    FixturePdf heading(double baseline, String text) {
        return text(BOLD, 14, LEFT, baseline, text);
    }

    /** A vertical table border from {@code top} to {@code bottom}. */
    FixturePdf rule(double x, double top, double bottom) {
        try {
            double height = page.getMediaBox().getHeight();
            content.moveTo((float) x, (float) (height - top));
            content.lineTo((float) x, (float) (height - bottom));
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixturePdf image(double left, double top, double width, double height) {
        try {
            var image = LosslessFactory.createFromImage(document, new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
            content.drawImage(image, (float) left, (float) (page.getMediaBox().getHeight() - top - height), (float) width, (float) height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static double width(PDType1Font font, double size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path save(Path file) {
        close();
        try (document) {
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
