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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Checks the deck that {@code ./mvnw package} wrote to build/site/slides from slides/apresentacao.adoc. */
class SlideDeckIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private static final Path DECK = BUILD.resolve("site/slides");
    private static final Path PROJECT = Path.of("").toAbsolutePath();

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

    @Test
    void deck_LoadsOnlyFilesItHas_FromItsOwnFolder() {
        BuiltDeck deck = new BuiltDeck(DECK, PROJECT, List.of());

        assertThat(new LocalFileRule().check(deck)).isEmpty();
        assertThat(new RemoteUrlRule().check(deck)).isEmpty();
        assertThat(deck.files(".svg")).isNotEmpty().allSatisfy(svg -> assertThat(svg.getParent().getFileName()).hasToString("diagramas"));
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
        assertThat(HandoutPrinter.pages(pdf)).as("a page per slide and one per slide with notes").isEqualTo(slides.size() + withNotes);
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
