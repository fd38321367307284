package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.ExpectedFinding;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.check.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Converts the fixture decks under src/test/resources/slides (eleven shared slides plus what each case breaks)
 * against the valid fixture model: the valid deck passes and gets its data-timing, each broken deck fails exactly
 * the check it breaks, with the source line and the remedy.
 */
class SlideDeckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/slides");
    private static final String SHARED = "src/test/resources/slides/partes/onze-slides.adoc";

    private static SlideDeck deck;

    @BeforeAll
    static void boot() {
        deck = new SlideDeck(Fixtures.load("valid.dsl"), AwsIconCatalog.bundled(), Path.of("").toAbsolutePath(), DeckLimits.INTERVIEW);
    }

    @AfterAll
    static void close() {
        deck.close();
    }

    @Test
    void convert_ValidDeck_HasNoFindings_AndWritesDataTimingNotesAndTheDiagram(@TempDir Path out) throws IOException {
        SlideDeck.Conversion conversion = deck.convert(FIXTURES.resolve("valid.adoc"), out);

        assertThat(conversion.findings()).isEmpty();
        assertThat(conversion.slides()).hasSize(13);
        assertThat(DeckDurationRule.totalSeconds(conversion.slides())).isEqualTo(11 * 82 + 60);

        Document html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(html.select(".slides > section[data-timing]")).hasSize(12)
                .allSatisfy(slide -> assertThat(slide.select("aside.notes").text()).isNotBlank());
        assertThat(html.select(".slides > section[data-timing]").stream().mapToInt(slide -> Integer.parseInt(slide.attr("data-timing"))).sum())
                .isEqualTo(962);
        Element backup = html.selectFirst(".slides > section.reserva");
        assertThat(backup).isNotNull();
        assertThat(backup.hasAttr("data-timing")).isFalse();
        // Uncounted, so the progress bar reads 100 % on the closing slide; every notes block names its slide.
        assertThat(backup.attr("data-visibility")).isEqualTo("uncounted");
        assertThat(html.selectFirst(".slides > section aside.notes > p.notas-do-slide").text()).startsWith("Slide 1 · ");
        Element diagram = html.selectFirst(".imageblock.diagrama img");
        assertThat(diagram.attr("src")).isEqualTo("diagramas/containers.svg");
        assertThat(diagram.attr("alt")).isEqualTo("Contêineres");
        assertThat(diagram.attr("width") + "x" + diagram.attr("height")).isEqualTo(DiagramMacro.WIDTH + "x" + DiagramMacro.HEIGHT);
        assertThat(html.select("script[src]").eachAttr("src")).containsExactly("reveal.js/dist/reveal.js");
        assertThat(html.html()).contains("defaultTiming: 0").contains("'reveal.js/plugin/notes/notes.js'").doesNotContain("zoom.js");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too-long.adoc         | slides.deck.duration | src/test/resources/slides/too-long.adoc:1 | the main slides add up to 20:02 (1202 s), more than the 20:00 allowed. | Cut 2 s: shorten tempo on some slides or move one to the backups (role reserva).
            too-short.adoc        | slides.deck.duration | src/test/resources/slides/too-short.adoc:1 | the main slides add up to 13:50 (830 s), less than the 15:00 the talk should fill. | Add 70 s to the slides that need the time, or add a slide.
            missing-notes.adoc    | slides.slide.notes   | src/test/resources/slides/missing-notes.adoc:7 | slide 'Próximos passos' has no speaker notes. | Add a [.notes] block (--, text, --) inside the slide with what to say and the numbers to quote.
            missing-timing.adoc   | slides.slide.timing  | src/test/resources/slides/missing-timing.adoc:6 | slide 'Próximos passos' has no duration. | Add tempo=<seconds> to the line above its heading, e.g. [tempo=60], or give it the role reserva if it is a backup slide.
            invalid-timing.adoc   | slides.slide.timing  | src/test/resources/slides/invalid-timing.adoc:7 | slide 'Próximos passos' has tempo=1m30, which is not a positive whole number of seconds. | Write e.g. tempo=75.
            timed-backup.adoc     | slides.slide.timing  | src/test/resources/slides/timed-backup.adoc:17 | slide 'Reserva: SLOs' is a backup slide (role reserva) but has tempo=30. | Backups are shown only for questions and are not timed: remove tempo, or drop the role to make it a main slide.
            backup-before-main.adoc | slides.slide.order | src/test/resources/slides/backup-before-main.adoc:12 | slide 'Próximos passos' is a main slide after the backup slide 'Reserva: SLOs' (src/test/resources/slides/backup-before-main.adoc:7). | Move the backups after the last main slide.
            too-few-slides.adoc   | slides.deck.count    | src/test/resources/slides/too-few-slides.adoc:1 | the deck has 11 main slides; it needs 12 to 20. | Split the densest slides or promote a backup slide.
            missing-attribute.adoc | slides.asciidoctor.warn | src/test/resources/slides/missing-attribute.adoc:9 | skipping reference to missing attribute: custo-inexistente |
            steps-of-a-static-view.adoc | slides.steps.view | src/test/resources/slides/steps-of-a-static-view.adoc:9 | passos::containers[] names no dynamic view of workspace.dsl. | Use the key of a dynamic view (its steps are listed).
            unknown-diagram.adoc  | slides.diagram.view  | src/test/resources/slides/unknown-diagram.adoc:9 | diagrama::nope[] names no view of workspace.dsl. | Use a view key (the file names in build/diagrams/).
            """)
    void convert_BrokenDeck_FailsExactlyItsCheck_WithLineAndRemedy(String fixture, String rule, String location, String message, String remedy, @TempDir Path out) {
        SlideDeck.Conversion conversion = deck.convert(FIXTURES.resolve(fixture), out);

        assertThat(conversion.findings()).containsExactly(ExpectedFinding.of(rule, location, message, remedy));
    }

    @Test
    void convert_ReportsSlidesOfAnIncludedFile_AtTheirOwnLine(@TempDir Path out) {
        SlideDeck.Conversion conversion = deck.convert(FIXTURES.resolve("valid.adoc"), out);

        assertThat(conversion.slides().getFirst().location()).hasToString(SHARED + ":4");
        assertThat(conversion.slides().getFirst().notes()).isEqualTo("O que dizer no slide 1, com os números.");
    }
}
