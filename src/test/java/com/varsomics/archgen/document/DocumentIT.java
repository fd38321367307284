package com.varsomics.archgen.document;

import com.varsomics.archgen.ExternalUrls;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the delivery document that {@code ./mvnw package} wrote: the converted HTML in build/document and the PDF in build/pdf. */
class DocumentIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private static final Path HTML = BUILD.resolve("document/arquitetura.html");
    private static final Path PDF = BUILD.resolve("pdf/arquitetura.pdf");
    private static final Pattern CHAPTER_TITLE = Pattern.compile("(?m)^== (.+)$");

    private static Document html;
    private static String pdfText;
    private static int pdfPages;

    @BeforeAll
    static void read() throws IOException {
        html = Jsoup.parse(HTML.toFile(), "UTF-8");
        try (PDDocument pdf = Loader.loadPDF(PDF.toFile())) {
            pdfPages = pdf.getNumberOfPages();
            pdfText = new PDFTextStripper().getText(pdf);
        }
    }

    /** Print needs 6 pt; measured on the PDF itself, diagrams included (prawn-svg writes their text as PDF text). */
    @Test
    void pdf_PrintsNoTextSmallerThan6Points() throws IOException {
        Map<Integer, String> smallText = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(PDF.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        // letters and digits: the table of contents draws its dot leaders smaller on purpose
                        if (position.getUnicode().codePoints().anyMatch(Character::isLetterOrDigit) && position.getFontSizeInPt() < 6.0) {
                            smallText.putIfAbsent(getCurrentPageNo(), String.format(java.util.Locale.ROOT, "%.1f pt in \"%s\"",
                                    position.getFontSizeInPt(), text));
                        }
                    }
                }
            };
            stripper.getText(pdf);
        }
        assertThat(smallText).as("pages with text under 6 pt").isEmpty();
    }

    @Test
    void pdf_ShowsEachFigureOnce() {
        Matcher caption = Pattern.compile("(?m)^Figura \\d+\\. (.+)$").matcher(pdfText);
        List<String> titles = caption.results().map(result -> result.group(1).strip()).toList();
        assertThat(titles).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void html_LoadsNoExternalResource() {
        assertThat(html.select("script[src], link[href], iframe[src], img[src], source[src], object[data], video[src], audio[src]"))
                .allSatisfy(node -> assertThat(ExternalUrls.firstIn(loadedAddress(node.attr("src")) + " " + loadedAddress(node.attr("href"))
                                + " " + loadedAddress(node.attr("data"))))
                        .as("<%s> loads from the network", node.tagName()).isEmpty());
        String css = html.select("style").html().replaceAll("(?s)/\\*.*?\\*/", ""); // comments are never fetched
        assertThat(css).doesNotContain("@import").doesNotContainPattern("url\\(['\"]?(https?:)?//");
    }

    @Test
    void html_IsInBrazilianPortuguese_WithEveryDiagramDescribed() {
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("pt-BR");
        assertThat(html.select("div.imageblock img")).isNotEmpty()
                .allSatisfy(img -> assertThat(img.attr("alt")).as(img.parent().parent().id()).isNotBlank());
    }

    @Test
    void pdf_HasEveryChapterTitle_WithItsAccents() throws IOException {
        List<String> titles = chapterTitles();
        assertThat(titles).hasSizeGreaterThanOrEqualTo(14).contains("Segurança", "Guia de provisionamento passo a passo");
        String text = pdfText.replaceAll("\\s+", " ");
        assertThat(titles).allSatisfy(title -> assertThat(text).as("PDF text").contains(title));
        assertThat(text).contains("Plataforma de Análise Proteômica na AWS", "Sumário");
        assertThat(pdfPages).isGreaterThan(50);
    }

    /** An inlined {@code data:} URI (the diagrams, megabytes of base64) is local by definition: don't scan it. */
    private static String loadedAddress(String value) {
        return value.startsWith("data:") ? "" : value;
    }

    /** The level-1 titles of the chapters the master document includes, in the sources' words. */
    private static List<String> chapterTitles() throws IOException {
        Path chapters = Path.of("docs/capitulos");
        try (var files = Files.list(chapters)) {
            return files.filter(file -> file.toString().endsWith(".adoc")).sorted()
                    .map(DocumentIT::read)
                    .map(CHAPTER_TITLE::matcher)
                    .filter(Matcher::find)
                    .map(matcher -> matcher.group(1).trim())
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
