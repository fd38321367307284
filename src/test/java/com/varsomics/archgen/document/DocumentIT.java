package com.varsomics.archgen.document;

import com.varsomics.archgen.ExternalUrls;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the two volumes that {@code ./mvnw package} wrote: Volume 1 (the proposal, {@code build/pdf/arquitetura.pdf}
 * and {@code build/document/arquitetura.html}) and Volume 2 (the reference, {@code referencia.pdf} and
 * {@code referencia.html}), as converted, before the site splits them into pages. The oracles are the files themselves (PDFBox page counts and page texts, jsoup ids) and
 * the sources' chapter titles, not the renderer's code.
 */
class DocumentIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private static final Path HTML_1 = BUILD.resolve("document/arquitetura.html");
    private static final Path HTML_2 = BUILD.resolve("document/referencia.html");
    private static final Path PDF_1 = BUILD.resolve("pdf/arquitetura.pdf");
    private static final Path PDF_2 = BUILD.resolve("pdf/referencia.pdf");
    private static final Pattern CHAPTER_TITLE = Pattern.compile("(?m)^== (.+)$");
    /** The issue's budget for the proposal: cover and table of contents included. */
    private static final int VOLUME_1_MAX_PAGES = 40;

    private static Document html1;
    private static Document html2;
    private static List<String> pages1;
    private static List<String> pages2;

    @BeforeAll
    static void read() throws IOException {
        html1 = Jsoup.parse(HTML_1.toFile(), "UTF-8");
        html2 = Jsoup.parse(HTML_2.toFile(), "UTF-8");
        pages1 = pageTexts(PDF_1);
        pages2 = pageTexts(PDF_2);
    }

    @Test
    void volume1_FitsIn40Pages_WithTheExecutiveSummaryOnPages3And4() {
        assertThat(pages1.size()).as("pages of Volume 1").isLessThanOrEqualTo(VOLUME_1_MAX_PAGES);
        int summary = firstPageWith(pages1, "Capítulo 1. Sumário executivo");
        int next = firstPageWith(pages1, "Capítulo 2. ");
        assertThat(summary).as("page where the summary starts (after cover and contents)").isBetween(2, 3);
        assertThat(next - summary).as("pages the summary takes").isLessThanOrEqualTo(2);
        String summaryText = String.join(" ", pages1.subList(summary - 1, next - 1)).replaceAll("\\s+", " ");
        assertThat(summaryText).contains("slides.pdf", "referencia.pdf", "Volume 2", "Os 5 maiores riscos", "Figura 1.");
    }

    @Test
    void volume1_StatesTheControlCounts_TheCodeHolds() throws IOException {
        String facts = Files.readString(BUILD.resolve("generated/facts/fatos.adoc"));
        String implemented = attribute(facts, "controls-implemented");
        String planned = attribute(facts, "controls-planned");
        String text = String.join(" ", pages1).replaceAll("\\s+", " ");
        assertThat(text).contains(implemented + " controles de segurança", planned + " estão planejados");
    }

    @Test
    void volume2_IsTheReference_WithTheGuideTheRisksAndTheAppendices() {
        String text = String.join(" ", pages2).replaceAll("\\s+", " ");
        assertThat(text).contains("Guia de provisionamento passo a passo", "Riscos de segurança e DevOps e mitigações",
                "Catálogo de elementos do modelo", "Matriz de rastreabilidade", "Exceções do cdk-nag", "Glossário e referências");
        assertThat(pages2.size()).isGreaterThan(VOLUME_1_MAX_PAGES);
    }

    /** Each volume's links into the other land on an id of the other page; the PDF names the volume and section instead. */
    @Test
    void crossVolumeLinks_LandOnAnAnchorOfTheOtherVolume() {
        List<Element> toVolume2 = html1.select("a[href^=referencia.html#]");
        List<Element> toVolume1 = html2.select("a[href^=arquitetura.html#]");
        assertThat(toVolume2).hasSizeGreaterThan(10);
        assertThat(toVolume1).isNotEmpty();
        assertThat(toVolume2).allSatisfy(link -> assertThat(html2.getElementById(link.attr("href").substring("referencia.html#".length())))
                .as(link.attr("href")).isNotNull());
        assertThat(toVolume1).allSatisfy(link -> assertThat(html1.getElementById(link.attr("href").substring("arquitetura.html#".length())))
                .as(link.attr("href")).isNotNull());
        String text = String.join(" ", pages1).replaceAll("\\s+", " ");
        assertThat(text).containsPattern("Volume 2, Capítulo \\d+ \\(").containsPattern("Volume 2, Seção \\d+\\.\\d+ \\(");
    }

    /** Print needs 6 pt; measured on the PDF itself, diagrams included (prawn-svg writes their text as PDF text). */
    @ParameterizedTest
    @ValueSource(strings = {"pdf/arquitetura.pdf", "pdf/referencia.pdf"})
    void pdf_PrintsNoTextSmallerThan6Points(String pdfPath) throws IOException {
        Map<Integer, String> smallText = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(BUILD.resolve(pdfPath).toFile())) {
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
    void pdf_ShowsEachFigureOncePerVolume() {
        for (List<String> pages : List.of(pages1, pages2)) {
            Matcher caption = Pattern.compile("(?m)^Figura \\d+\\. (.+)$").matcher(String.join("\n", pages));
            List<String> titles = caption.results().map(result -> result.group(1).strip()).toList();
            assertThat(titles).isNotEmpty().doesNotHaveDuplicates();
        }
    }

    @Test
    void html_LoadsNoExternalResource() {
        for (Document html : List.of(html1, html2)) {
            assertThat(html.select("script[src], link[href], iframe[src], img[src], source[src], object[data], video[src], audio[src]"))
                    .allSatisfy(node -> assertThat(ExternalUrls.firstIn(loadedAddress(node.attr("src")) + " " + loadedAddress(node.attr("href"))
                                    + " " + loadedAddress(node.attr("data"))))
                            .as("<%s> loads from the network", node.tagName()).isEmpty());
            String css = html.select("style").html().replaceAll("(?s)/\\*.*?\\*/", ""); // comments are never fetched
            assertThat(css).doesNotContain("@import").doesNotContainPattern("url\\(['\"]?(https?:)?//");
        }
    }

    @Test
    void html_IsInBrazilianPortuguese_WithEveryDiagramDescribed() {
        for (Document html : List.of(html1, html2)) {
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo("pt-BR");
            assertThat(html.select("div.imageblock img")).isNotEmpty()
                    .allSatisfy(img -> assertThat(img.attr("alt")).as(img.parent().parent().id()).isNotBlank());
        }
    }

    @Test
    void pdf_HasEveryChapterTitle_WithItsAccents() throws IOException {
        List<String> proposal = chapterTitles(Path.of("docs/proposta"));
        List<String> reference = chapterTitles(Path.of("docs/capitulos"));
        assertThat(proposal).hasSizeGreaterThanOrEqualTo(10).contains("Sumário executivo", "Principais riscos");
        assertThat(reference).hasSizeGreaterThanOrEqualTo(13).contains("Segurança", "Guia de provisionamento passo a passo");
        String text1 = String.join(" ", pages1).replaceAll("\\s+", " ");
        String text2 = String.join(" ", pages2).replaceAll("\\s+", " ");
        assertThat(proposal).allSatisfy(title -> assertThat(text1).as("Volume 1 text").contains(title));
        assertThat(reference).allSatisfy(title -> assertThat(text2).as("Volume 2 text").contains(title));
        assertThat(text1).contains("Plataforma de Análise Proteômica na AWS", "Sumário", "Volume 1 — Proposta de arquitetura");
        assertThat(text2).contains("Volume 2 — Guia de provisionamento e referência");
    }

    private static List<String> pageTexts(Path pdfFile) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
        }
        return pages;
    }

    /** 1-based number of the first page whose text contains {@code text}, whitespace normalized. */
    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).replaceAll("\\s+", " ").contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page contains \"" + text + "\"");
    }

    private static String attribute(String adoc, String name) {
        Matcher matcher = Pattern.compile("(?m)^:" + Pattern.quote(name) + ": (.+)$").matcher(adoc);
        assertThat(matcher.find()).as(name + " in fatos.adoc").isTrue();
        return matcher.group(1).strip();
    }

    /** An inlined {@code data:} URI (the diagrams, megabytes of base64) is local by definition: don't scan it. */
    private static String loadedAddress(String value) {
        return value.startsWith("data:") ? "" : value;
    }

    /** The level-1 titles of the chapters in a folder, in the sources' words. */
    private static List<String> chapterTitles(Path chapters) throws IOException {
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
