package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.BuildException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a rendered PDF into {@link LaidOutPage}s with PDFBox: every glyph with its position, size and font, grouped
 * into lines; raster images with their boxes; and each page's section from the PDF's bookmarks.
 */
public final class PdfLayoutReader {

    /** Glyphs whose baselines differ by less than this (points) share a line. */
    private static final double SAME_BASELINE = 1.0;
    /** A gap wider than this many ems splits small text (table cells side by side). */
    private static final double CELL_GAP_EMS = 0.6;
    /** A gap wider than this many ems splits body-size text; justified prose stretches its spaces up to about it. */
    private static final double COLUMN_GAP_EMS = 4.0;

    private final LayoutTheme theme;

    public PdfLayoutReader(LayoutTheme theme) {
        this.theme = theme;
    }

    public List<LaidOutPage> read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Map<Integer, List<Glyph>> glyphs = glyphsByPage(document);
            Set<String> documentFamilies = documentFamilies(glyphs);
            TreeMap<Integer, String> sections = new TreeMap<>();
            collectSections(document, document.getDocumentCatalog().getDocumentOutline(), sections);
            List<LaidOutPage> pages = new ArrayList<>();
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                PDPage page = document.getPage(index);
                double width = page.getMediaBox().getWidth();
                double height = page.getMediaBox().getHeight();
                var section = sections.floorEntry(index);
                PageGraphics graphics = PageGraphics.of(page);
                pages.add(new LaidOutPage(index + 1, width, height, theme.margins(width > height),
                        lines(glyphs.getOrDefault(index + 1, List.of()), documentFamilies), graphics.images(), graphics.rules(),
                        section == null ? "" : section.getValue()));
            }
            return pages;
        } catch (IOException e) {
            throw new BuildException(pdf + ": cannot read the PDF to check its layout (" + e.getMessage() + ")", e);
        }
    }

    private static Map<Integer, List<Glyph>> glyphsByPage(PDDocument document) throws IOException {
        Map<Integer, List<Glyph>> byPage = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                String unicode = text.getUnicode();
                if (unicode == null || unicode.isBlank()) {
                    return;
                }
                String font = text.getFont().getName() == null ? "" : text.getFont().getName().replaceFirst("^[A-Za-z0-9]{6}\\+", "");
                byPage.computeIfAbsent(getCurrentPageNo(), page -> new ArrayList<>()).add(new Glyph(unicode, text.getXDirAdj(),
                        text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj(), text.getYScale(), font));
            }
        };
        stripper.getText(document);
        return byPage;
    }

    /** Groups glyphs by baseline, then splits each baseline at gaps too wide to be a word space. */
    private List<TextLine> lines(List<Glyph> glyphs, Set<String> documentFamilies) {
        List<Glyph> sorted = glyphs.stream().sorted(Comparator.comparingDouble(Glyph::baseline)).toList();
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> baseline = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!baseline.isEmpty() && glyph.baseline() - baseline.getFirst().baseline() > SAME_BASELINE) {
                split(baseline, lines, documentFamilies);
                baseline.clear();
            }
            baseline.add(glyph);
        }
        split(baseline, lines, documentFamilies);
        return lines;
    }

    private void split(List<Glyph> baseline, List<TextLine> lines, Set<String> documentFamilies) {
        List<Glyph> byX = baseline.stream().sorted(Comparator.comparingDouble(Glyph::left)).toList();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : byX) {
            if (!current.isEmpty()) {
                Glyph previous = current.getLast();
                double ems = theme.isSmall(previous.fontSize()) ? CELL_GAP_EMS : COLUMN_GAP_EMS;
                if (glyph.left() - previous.right() > ems * previous.fontSize()) {
                    lines.add(line(current, documentFamilies));
                    current = new ArrayList<>();
                }
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current, documentFamilies));
        }
    }

    private static TextLine line(List<Glyph> glyphs, Set<String> documentFamilies) {
        long figure = glyphs.stream().filter(glyph -> !documentFamilies.contains(family(glyph))).count();
        return new TextLine(glyphs, figure * 2 > glyphs.size());
    }

    /**
     * The font families of the document's own text: the family most glyphs are set in (the body font, with its
     * headings and tables) and the monospace font of code. Diagrams drawn from SVG use others.
     */
    private static Set<String> documentFamilies(Map<Integer, List<Glyph>> glyphs) {
        Map<String, Long> counts = glyphs.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(PdfLayoutReader::family, Collectors.counting()));
        Set<String> families = new HashSet<>();
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(body -> families.add(body.getKey()));
        glyphs.values().stream().flatMap(List::stream).filter(Glyph::monospace).map(PdfLayoutReader::family).forEach(families::add);
        return families;
    }

    /** "NotoSerif-BoldItalic" → "NotoSerif", "mplus1mn-regular" → "mplus1mn". */
    private static String family(Glyph glyph) {
        int dash = glyph.font().indexOf('-');
        return dash < 0 ? glyph.font() : glyph.font().substring(0, dash);
    }

    /** Maps each bookmark's page (0-based) to its title; a later (deeper) bookmark on the same page wins. */
    private static void collectSections(PDDocument document, PDOutlineNode node, TreeMap<Integer, String> sections) throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(document);
            if (page != null) {
                sections.put(document.getPages().indexOf(page), item.getTitle());
            }
            collectSections(document, item, sections);
        }
    }
}
