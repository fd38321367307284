package com.varsomics.archgen.slides;

import com.varsomics.archgen.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(findings).extracting(Finding::rule).containsOnly(RemoteUrlRule.KEY);
        assertThat(findings).extracting(finding -> finding.message().substring(0, finding.message().indexOf(", a remote URL")))
                .containsExactly(
                        "deck/index.html:3: <link href> refers to https://cdn.example.com/reveal.css",
                        "deck/index.html:7: inline <script> refers to https://cdn.example.com/notes.js",
                        "deck/tema/aws.css:3: refers to https://fonts.googleapis.com/css?family=Lato",
                        "deck/reveal.js/dist/reveal.js:2: refers to //tracker.example.com/p");
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

        assertThat(findings).extracting(finding -> finding.message().substring(0, finding.message().indexOf(',')))
                .containsExactly(
                        "deck/index.html:2: <img src> refers to diagramas/containers.svg",
                        "deck/index.html:3: <img src> refers to ../fora.png",
                        "deck/index.html:4: inline <script> refers to reveal.js/plugin/notes/notes.js",
                        "deck/tema/aws.css:1: stylesheet refers to ../fontes/code.woff2?v=1");
        assertThat(findings.get(1).message()).contains("outside the deck folder");
        assertThat(findings.get(0).message()).contains("which is not in the deck");
    }

    @Test
    void diagramLegibilityRule_MeasuresTheSmallestTextAsDrawnOnTheSlide() throws IOException {
        Path deck = project.resolve("deck");
        write(deck.resolve("index.html"), """
                <html><body>
                <section><div class="imageblock diagrama"><img src="diagramas/grande.svg" width="1000" height="500"></div></section>
                <section><div class="imageblock diagrama"><img src="diagramas/legivel.svg" width="1000" height="500"></div></section>
                </body></html>
                """);
        write(deck.resolve("diagramas/grande.svg"), "<svg viewBox=\"0 0 2000 1000\"><text font-size=\"16\">a</text><text font-size=\"0\">.</text></svg>");
        write(deck.resolve("diagramas/legivel.svg"), "<svg viewBox=\"0 0 1000 1000\"><text font-size=\"28\">a</text></svg>");
        SlideDiagram placed = new SlideDiagram("grande", SlideDiagramStyle.Direction.VIEW, new com.varsomics.archgen.model.SourceLocation(Path.of("slides/apresentacao.adoc"), 42));

        List<Finding> findings = new DiagramLegibilityRule().check(new BuiltDeck(deck, project, List.of(placed)));

        assertThat(findings).extracting(Finding::message).containsExactly("slides/apresentacao.adoc:42: diagramas/grande.svg shows its "
                + "smallest text at 8.0 px on the 1920×1080 slide (16 px drawn at scale 0.50 into 1000×500); it needs 14 px. Give the "
                + "diagram a bigger box (largura, altura), try the other direction (direcao=lr or tb), or show a smaller view.");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
