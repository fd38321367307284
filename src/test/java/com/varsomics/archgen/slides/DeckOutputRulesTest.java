package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The checks on the written deck folder, each on a small folder that breaks it (and things that look alike but do not). */
class DeckOutputRulesTest {

    @TempDir
    Path project;

    @Test
    void remoteUrlRule_ReportsLoadedUrlsWithTheirLine_AndSkipsCommentsAndInertVendorText() throws IOException {
        Path deck = project.resolve("deck");
        write(deck.resolve("index.html"), """
                <!DOCTYPE html><html><head>
                <!-- https://github.com/asciidoctor is a comment -->
                <link rel="stylesheet" href="https://cdn.example.com/reveal.css">
                </head><body>
                <script>
                // More info: https://revealjs.com/config
                var plugin = "https://cdn.example.com/notes.js"; var ratio = 4 / 2; // https://example.com/also-a-comment
                </script></body></html>
                """);
        write(deck.resolve("tema/aws.css"), "/*! https://hakim.se */\n.a { color: red }\n@import url(https://fonts.googleapis.com/css?family=Lato);\n");
        write(deck.resolve("reveal.js/plugin/notes/notes.js"), "/*! https://revealjs.com */ throw new Error(\"Read more here: https://marked.js.org/#/USING_ADVANCED.md#options\");\n");
        write(deck.resolve("reveal.js/dist/reveal.js"), "var isUrl = /^(http|https):\\/\\//i.test(x), s = 'a//b';\nfetch('//tracker.example.com/p');\n");

        List<Finding> findings = new RemoteUrlRule().check(new BuiltDeck(deck, project, List.of()));

        assertThat(findings).extracting(Finding::key).containsOnly(RemoteUrlRule.KEY);
        assertThat(findings).extracting(finding -> finding.location().toString(),
                        finding -> finding.message().substring(0, finding.message().indexOf(", a remote URL")))
                .containsExactly(
                        tuple("deck/index.html:3", "<link href> refers to https://cdn.example.com/reveal.css"),
                        tuple("deck/index.html:7", "inline <script> refers to https://cdn.example.com/notes.js"),
                        tuple("deck/tema/aws.css:3", "refers to https://fonts.googleapis.com/css?family=Lato"),
                        tuple("deck/reveal.js/dist/reveal.js:2", "refers to //tracker.example.com/p"));
    }

    @Test
    void localFileRule_ReportsEveryMissingImageStylesheetFontAndPlugin() throws IOException {
        Path deck = project.resolve("deck");
        write(deck.resolve("index.html"), """
                <html><head><link rel="stylesheet" href="tema/aws.css"></head><body>
                <section><a href="#/2">ir</a><img src="diagramas/containers.svg" width="1880" height="820"></section>
                <section><img src="data:image/png;base64,iVBOR"><img src="../fora.png"></section>
                <script>Reveal.initialize({ dependencies: [ { src: 'reveal.js/plugin/notes/notes.js', async: true } ] });</script>
                </body></html>
                """);
        write(deck.resolve("tema/aws.css"), "@font-face { src: url('../fontes/code.woff2?v=1') format('woff2'); }\n/* url(nao-carrega.png) */\n");

        List<Finding> findings = new LocalFileRule().check(new BuiltDeck(deck, project, List.of()));

        assertThat(findings).extracting(finding -> finding.location().toString(), finding -> finding.message().substring(0, finding.message().indexOf(',')))
                .containsExactly(
                        tuple("deck/index.html:2", "<img src> refers to diagramas/containers.svg"),
                        tuple("deck/index.html:3", "<img src> refers to ../fora.png"),
                        tuple("deck/index.html:4", "inline <script> refers to reveal.js/plugin/notes/notes.js"),
                        tuple("deck/tema/aws.css:1", "stylesheet refers to ../fontes/code.woff2?v=1"));
        assertThat(findings.get(1).message()).contains("outside the deck folder");
        assertThat(findings.get(0).message()).contains("which is not in the deck");
    }

    @Test
    void diagramLegibilityRule_MeasuresNamesAndLabelsAsDrawnOnA1280x720Projector_NamingTheView() throws IOException {
        Path deck = project.resolve("deck");
        write(deck.resolve("index.html"), """
                <html><body>
                <section><div class="imageblock diagrama"><img src="diagramas/grande.svg" width="1000" height="500"></div></section>
                <section><div class="imageblock diagrama"><img src="diagramas/legivel.svg" width="1000" height="500"></div></section>
                </body></html>
                """);
        // Scale 0.5 into the box, then 2/3 from 1920 to 1280 px wide: 40 → 13.3 px and 30 → 10 px.
        write(deck.resolve("diagramas/grande.svg"), "<svg viewBox=\"0 0 2000 1000\"><text font-size=\"40\" font-weight=\"bold\">API</text>"
                + "<text font-size=\"30\">1</text><text font-size=\"0\">.</text></svg>");
        // Scale 0.5 × 2/3: 57 → 19 px (names need 18.7) and 45 → 15 px (labels need 14.7).
        write(deck.resolve("diagramas/legivel.svg"), "<svg viewBox=\"0 0 1000 1000\"><text font-weight=\"bold\" font-size=\"57\">API</text>"
                + "<text font-size=\"45\">1</text></svg>");
        SlideDiagram placed = new SlideDiagram("grande", SlideDiagramStyle.Direction.VIEW, new com.varsomics.archgen.model.SourceLocation(Path.of("slides/apresentacao.adoc"), 42));

        List<Finding> findings = new DiagramLegibilityRule().check(new BuiltDeck(deck, project, List.of(placed)));

        String remedy = "Give the diagram a bigger box (largura, altura), try the other direction (direcao=lr or tb), or show a smaller view.";
        Location placement = new Location("slides/apresentacao.adoc", 42);
        assertThat(findings).containsExactly(
                new Finding(DiagramLegibilityRule.KEY, placement, "view 'grande': diagramas/grande.svg shows its element names at 13.3 px on a "
                        + "1280×720 projector (40 px drawn at scale 0.33 into 1000×500 of the 1920×1080 slide); they need 18.7 px.", remedy),
                new Finding(DiagramLegibilityRule.KEY, placement, "view 'grande': diagramas/grande.svg shows its labels at 10.0 px on a "
                        + "1280×720 projector (30 px drawn at scale 0.33 into 1000×500 of the 1920×1080 slide); they need 14.7 px.", remedy));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
