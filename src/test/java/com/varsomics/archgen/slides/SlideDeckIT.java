package com.varsomics.archgen.slides;

import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Checks the deck that {@code ./mvnw package} wrote to build/site/slides from slides/apresentacao.adoc. */
class SlideDeckIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private static final Path DECK = BUILD.resolve("site/slides");
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)");

    @Test
    void mainSlides_Last15To20Minutes_In12To20Slides_EachWithNotes_ThenTheBackupsUnderTheClosingSlide() throws IOException {
        Document html = Jsoup.parse(DECK.resolve("index.html").toFile(), "UTF-8");
        List<Element> timed = html.select(".slides section[data-timing]");
        int total = timed.stream().mapToInt(slide -> Integer.parseInt(slide.attr("data-timing"))).sum();

        assertThat(timed).hasSizeBetween(12, 20);
        assertThat(total).isBetween(900, 1200);
        assertThat(timed).allSatisfy(slide -> assertThat(slide.select("aside.notes").text()).as(slide.id()).hasSizeGreaterThan(80));
        List<Element> all = slides(html);
        assertThat(all.subList(0, timed.size())).as("main slides come first").containsExactlyElementsOf(timed);
        assertThat(all.subList(timed.size(), all.size())).as("then the backups").isNotEmpty()
                .allSatisfy(slide -> assertThat(slide.hasClass(Slide.BACKUP_ROLE)).isTrue())
                .allSatisfy(slide -> assertThat(slide.attr("data-visibility")).isEqualTo("uncounted"))
                .allSatisfy(slide -> assertThat(slide.parent()).isEqualTo(timed.getLast().parent()))
                .allSatisfy(slide -> assertThat(slide.select("aside.notes").text()).as("cue notes on %s", slide.id()).isNotBlank());
        assertThat(html.select(".slides section.encerramento .reservas a").eachAttr("href"))
                .containsExactlyElementsOf(all.subList(timed.size(), all.size()).stream().map(slide -> "#" + slide.id()).toList());
        assertThat(html.select(".slides section.reserva h2").text())
                .contains("não alcança o banco — restaurar", "depurar", "prevenir", "SLOs e SLIs", "Como os SLOs são acompanhados");
    }

    /**
     * Read with jsoup and a plain {@code url(…)} match, not with the stage's own rules: every {@code src}/{@code href}
     * of the page and every {@code url(…)} of its stylesheets names a file inside the deck folder, and none names a
     * host. (The browser test checks the requests a browser really makes.)
     */
    @Test
    void deck_LoadsOnlyFilesItHas_FromItsOwnFolder() throws IOException {
        Document html = Jsoup.parse(DECK.resolve("index.html").toFile(), "UTF-8");
        List<String> references = new ArrayList<>();
        for (Element element : html.select("[src], link[href], img[href], [data-background-image]")) {
            for (String attribute : List.of("src", "href", "data-background-image")) {
                if (element.hasAttr(attribute)) {
                    references.add(element.attr(attribute));
                }
            }
        }
        assertThat(references).as("what the page loads").isNotEmpty()
                .allSatisfy(reference -> assertThat(reference).doesNotContainPattern("^(?i)(https?:)?//"))
                .allSatisfy(reference -> assertThat(DECK.resolve(reference.replaceFirst("[?#].*$", "")).normalize())
                        .as(reference).startsWith(DECK.normalize()).isRegularFile());
        try (Stream<Path> files = Files.walk(DECK)) {
            for (Path css : files.filter(file -> file.toString().endsWith(".css")).toList()) {
                Matcher url = CSS_URL.matcher(Files.readString(css));
                while (url.find()) {
                    String target = url.group(1).replaceFirst("[?#].*$", "");
                    assertThat(target).as(css + " url()").doesNotContainPattern("^(?i)(https?:)?//");
                    if (!target.startsWith("data:")) {
                        assertThat(css.getParent().resolve(target).normalize()).as(css + " url(" + target + ")")
                                .startsWith(DECK.normalize()).isRegularFile();
                    }
                }
            }
        }
        assertThat(DECK.resolve("diagramas")).isDirectory();
        assertThat(DECK.resolve("reveal.js/dist/reveal.js")).isNotEmptyFile();
        assertThat(DECK.resolve("reveal.js/LICENSE")).isNotEmptyFile();
        assertThat(DECK.resolve("fontes/source-code-pro/LICENSE")).isNotEmptyFile();
    }

    @Test
    void renderingAgain_GivesByteIdenticalHtml(@TempDir Path again) throws IOException {
        try (SlideDeck slides = new SlideDeck(Fixtures.realWorkspace(), AwsIconCatalog.bundled(), PROJECT, DeckLimits.INTERVIEW)) {
            slides.render(new SlideDeck.Paths(PROJECT.resolve("slides/apresentacao.adoc"), PROJECT.resolve("slides/tema"),
                    again.resolve("deck"), again.resolve("diagrams"), BUILD.resolve("cache/npm"), null,
                    BUILD.resolve("generated/facts")));
        }

        for (String file : List.of("index.html", "tema/aws.css", "diagramas/slides-containers-web.svg", "reveal.js/dist/reveal.js")) {
            assertThat(Files.readAllBytes(again.resolve("deck").resolve(file))).as(file).isEqualTo(Files.readAllBytes(DECK.resolve(file)));
        }
    }

    @Test
    void handout_IsAPdf_WhenChromiumIsInstalled() throws IOException {
        Path pdf = BUILD.resolve("pdf/slides.pdf");
        assumeTrue(Chromium.binary().isPresent(), "no Chromium: the stage skips the handout");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(100_000);
        List<Element> slides = slides(Jsoup.parse(DECK.resolve("index.html").toFile(), "UTF-8"));
        long withNotes = slides.stream().filter(slide -> !slide.select("aside.notes").isEmpty()).count();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("a page per slide and one per slide with notes").isEqualTo(slides.size() + withNotes);
        }
    }

    /**
     * On every slide page of the handout, scaled to 1280 px wide (a projector, or the PDF on a laptop), no text is
     * under 14 px (22 px design size on the 1920 px slide), and every notes page says which slide it belongs to.
     */
    @Test
    void handout_SlidePagesHaveNoTextUnder14PxAt1280Wide_AndEachNotesPageNamesItsSlide() throws IOException {
        Path pdf = BUILD.resolve("pdf/slides.pdf");
        assumeTrue(Chromium.binary().isPresent(), "no Chromium: the stage skips the handout");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        glyphs.addAll(positions);
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).strip();
                if (text.startsWith("Notas do apresentador")) {
                    assertThat(text).as("notes page %d", page).containsPattern("^Notas do apresentador\\s*(Slide \\d+|Reserva) · ");
                    continue;
                }
                double toPixels = 1280.0 / document.getPage(page - 1).getMediaBox().getWidth();
                int currentPage = page;
                assertThat(glyphs).as("text of slide page %d", page).isNotEmpty()
                        .allSatisfy(glyph -> assertThat(glyph.getFontSizeInPt() * toPixels)
                                .as("'%s' on page %d, px at 1280 wide", glyph.getUnicode(), currentPage).isGreaterThanOrEqualTo(14.0));
            }
        }
    }

    /** Every slide in the order "next" visits them: the closing slide's vertical stack holds the backups. */
    private static List<Element> slides(Document html) {
        return html.select(".slides section").stream().filter(section -> section.select("> section").isEmpty()).toList();
    }
}
