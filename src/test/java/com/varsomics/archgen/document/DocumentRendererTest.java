package com.varsomics.archgen.document;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.ExpectedFinding;
import com.varsomics.archgen.ExternalUrls;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.diagrams.DiagramExporter;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Converts the fixture documents under src/test/resources/documents against the valid fixture model (HTML only;
 * the PDF is checked on the real document after package). Each broken fixture breaks exactly one check.
 */
class DocumentRendererTest {

    @TempDir
    static Path diagrams;

    private static DocumentRenderer renderer;
    private static ArchitectureModel model;
    private static Requirements requirements;

    @BeforeAll
    static void renderDiagrams() {
        model = Fixtures.load("valid.dsl");
        new DiagramRenderer(diagrams, 2).render(new DiagramExporter(AwsIconCatalog.bundled()).export(model));
        requirements = Requirements.load(fixture("requisitos.tsv"), Path.of("requisitos.tsv"));
        renderer = newRenderer();
    }

    private static DocumentRenderer newRenderer() {
        return new DocumentRenderer(model, requirements, Path.of("").toAbsolutePath(),
                new DocumentChecks(model, requirements, new DocumentChecks.Limits(1, 1, 60, 6.0)));
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    @Test
    void render_WritesHtml_WithElementLinksDiagramsAndGeneratedTables(@TempDir Path out) throws IOException {
        Path html = render("valid.adoc", out);

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("a[href=#elemento-api]").eachText()).contains("API");
        assertThat(page.getElementById("elemento-api")).as("catalog anchor").isNotNull();
        assertThat(page.select("#diagrama-deployment img").attr("alt")).isEqualTo("Onde cada contêiner roda.");
        assertThat(page.select("#diagrama-deployment img").attr("src")).as("the diagram's file, not a copy")
                .isEqualTo(diagrams.toAbsolutePath().resolve("deployment.svg").toString());
        assertThat(page.select("#diagrama-deployment .title").text()).endsWith("Implantação");
        assertThat(page.select("table.rastreabilidade").text())
                .contains("R01", "API", "Bucket de entrada", "Contexto")
                .contains("R02", "Implantação");
    }

    @Test
    void render_WritesAPagePerChapterForTheSite_WithTheFiguresLinkingTheirViewsPage(@TempDir Path out) throws IOException {
        render("valid.adoc", out);
        List<DocumentOutputs.Page> pages = renderer.outputs().pages();

        assertThat(pages.getFirst().id()).isEqualTo(DocumentOutputs.INDEX_PAGE);
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page.fragment()).exists());
        DocumentOutputs.Page withFigure = pages.stream().filter(page -> page.anchors().contains("diagrama-deployment")).findFirst().orElseThrow();
        Document fragment = Jsoup.parse(withFigure.fragment().toFile(), "UTF-8");
        assertThat(fragment.select("#diagrama-deployment a.figura-visao").attr("href")).isEqualTo("../diagramas/deployment.html");
        assertThat(fragment.select("#diagrama-deployment img").attr("src")).isEqualTo("../diagramas/deployment.svg");
        assertThat(fragment.select("h1")).hasSize(1);
        assertThat(renderer.outputs().href("diagrama-deployment")).contains("documento/" + withFigure.id() + ".html#diagrama-deployment");
    }

    @Test
    void render_PlacesALandscapeDiagramBetweenPageBreaks(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("landscape.adoc");
        Files.writeString(document, Files.readString(fixture("valid.adoc")).replace("diagrama::deployment[]", "diagrama::deployment[pagina=paisagem]"));
        Path html = dir.resolve("index.html");
        renderer.render(new DocumentRenderer.Paths(document, diagrams, dir.resolve("generated"), dir.resolve("infra"), html, null,
                Path.of("docs/tema/arquitetura-theme.yml")));

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        org.jsoup.nodes.Element figure = page.getElementById("diagrama-deployment");
        assertThat(figure).isNotNull();
        assertThat(figure.previousElementSibling().attr("style")).isEqualTo("page-break-after: always;");
        assertThat(figure.nextElementSibling().attr("style")).isEqualTo("page-break-after: always;");
        assertThat(page.select("div[style=page-break-after: always;]")).hasSize(2);
    }

    @Test
    void render_NumbersEveryDiagramAsAFigure_InDocumentOrder(@TempDir Path out) throws IOException {
        Document page = Jsoup.parse(render("valid.adoc", out).toFile(), "UTF-8");

        List<String> captions = page.select("div.imageblock:has(img[src$=.svg]) .title").eachText();
        assertThat(captions).hasSizeGreaterThan(2);
        for (int i = 0; i < captions.size(); i++) {
            assertThat(captions.get(i)).startsWith("Figura " + (i + 1) + ". ");
        }
    }

    @Test
    void render_LoadsNothingFromTheNetwork(@TempDir Path out) throws IOException {
        Document page = Jsoup.parse(render("valid.adoc", out).toFile(), "UTF-8");

        assertThat(page.select("script[src], link[href], iframe[src], img[src], source[src], object[data]"))
                .allSatisfy(node -> assertThat(ExternalUrls.firstIn(node.attr("src") + " " + node.attr("href") + " "
                        + node.attr("data"))).isEmpty());
        String css = page.select("style").html().replaceAll("(?s)/\\*.*?\\*/", ""); // comments are never fetched
        assertThat(css).doesNotContain("@import").doesNotContainPattern("url\\(['\"]?(https?:)?//");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            undocumented-element      | document.element.undocumented  | valid.dsl:6 | element 'platform' ("Plataforma") is never referenced in the document's prose. | Explain it with elemento:platform[] in the chapter where it belongs.
            unknown-reference         | document.reference.unresolved  | src/test/resources/documents/unknown-reference.adoc:8 | elemento:plataforma[] names no element of workspace.dsl. | Use a DSL identifier (e.g. elemento:api[]).
            unmapped-requirement      | document.requirement.section   | requisitos.tsv:2 | R01 (Upload pelo navegador) is answered by no section. | Cite it with requisito:R01[] where the document meets it.
            step-without-verification | document.step.verification     | src/test/resources/documents/step-without-verification.adoc:22 | step 'Passo 1 — Criar a rede' has no verification. | Add a [source,bash,role=verificacao] listing with the expected result.
            missing-view              | document.view.missing          | valid.dsl:46 | view 'containers' appears nowhere in the document. | Place it with diagrama::containers[].
            broken-xref               | document.reference.xref        | src/test/resources/documents/broken-xref.adoc:9 | <<implantacao-inexistente>> points to no anchor of the document. | Fix the anchor name or add [[implantacao-inexistente]] where it should land.
            guide-without-steps       | document.step.count            |  | The provisioning guide has 0 steps ([.passo] sections); it needs at least 1. | Give each a [source,bash,role=comando] and a [source,bash,role=verificacao] listing.
            missing-attribute         | document.asciidoctor.warn      | src/test/resources/documents/missing-attribute.adoc:9 | skipping reference to missing attribute: custo-inexistente |
            long-listing-line         | document.listing.width         | src/test/resources/documents/long-listing-line.adoc:35 | listing line of 90 characters; the PDF wraps lines over 60. | Break it with ' \\' (shell) or where the syntax allows, so a copied command still works.
            repeated-view             | document.view.repeated         | src/test/resources/documents/repeated-view.adoc:16 | view 'context' is placed a second time, which repeats its figure. | Refer to the first one with <<diagrama-context>> instead.
            risk-without-element      | document.risk.element          | src/test/resources/documents/risk-without-element.adoc:37 | risk 'Bucket público' names no model element. | Put elemento:<id>[] in its 'Elemento' cell.
            risk-without-verification | document.risk.verification     | src/test/resources/documents/risk-without-verification.adoc:38 | risk 'Bucket público' has no verification. | Say how it is checked (command, test, alarm or Config rule).
            risks-missing             | document.risk.count            |  | The risks table ([.riscos]) has 0 risks; the chapter needs at least 1. |
            risk-priority-wrong       | document.risk.priority         | src/test/resources/documents/risk-priority-wrong.adoc:48 | risk 1 scores 25, but 4 × 5 = 20. | Fix the P × I cell.
            step-without-command      | document.step.command          | src/test/resources/documents/step-without-command.adoc:22 | step 'Passo 1 — Criar a rede' has no command. | Add a [source,bash,role=comando] listing.
            """)
    void render_FailsWithExactlyTheBrokenCheck(String fixture, String rule, String location, String message, String remedy, @TempDir Path out) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> render(fixture + ".adoc", out));

        assertThat(failure).as("rendering %s must fail", fixture).isNotNull();
        assertThat(failure.findings()).containsExactly(ExpectedFinding.of(rule, location, message, remedy));
    }

    /**
     * Two volumes: Volume 1's {@code volume2:} references and its element links (the catalog is in Volume 2) land on
     * ids of Volume 2's page; the text names the volume and the section.
     */
    @Test
    void render_TwoVolumes_LinkAcrossByPageAndAnchor(@TempDir Path out) throws IOException {
        renderVolumes("volume-proposal.adoc", out);

        Document proposal = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        Document reference = Jsoup.parse(out.resolve("referencia.html").toFile(), "UTF-8");
        assertThat(proposal.select("a[href=referencia.html#_riscos]").text()).isEqualTo("Volume 2, seção “Riscos”");
        assertThat(proposal.select("a[href=referencia.html#_passo_1_criar_a_rede]").text())
                .isEqualTo("o primeiro passo (Volume 2, seção “Passo 1 — Criar a rede”)");
        assertThat(proposal.select("a[href=referencia.html#elemento-api]").text()).isEqualTo("API");
        assertThat(proposal.select("a[href^=referencia.html#]")).allSatisfy(link ->
                assertThat(reference.getElementById(link.attr("href").substring("referencia.html#".length()))).as(link.attr("href")).isNotNull());
    }

    @Test
    void render_TwoVolumes_FailsOnAnAnchorTheOtherVolumeLacks(@TempDir Path out) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> renderVolumes("unknown-volume-anchor.adoc", out));

        assertThat(failure).isNotNull();
        assertThat(failure.findings()).containsExactly(ExpectedFinding.of("document.reference.volume",
                "src/test/resources/documents/unknown-volume-anchor.adoc:8", "volume2:inexistente[] points to no anchor of Volume 2.",
                "Fix the anchor name or add [[inexistente]] where it should land in that volume."));
    }

    /** Requirements are checked against the model, whatever the document says: one nobody serves, one nobody defines. */
    @Test
    void aRequirementNoElementServes_AndAnElementListingAnUndefinedRequirement_FailWithTheirFinding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("requisitos.tsv"), "# id\ttítulo\ttrecho\nR01\tUpload pelo navegador\tfaça o upload\n"
                + "R03\tNotificação por e-mail\tseja notificado por e-mail\n");
        ArchitectureModel model = Fixtures.load("valid.dsl");
        Requirements requirements = Requirements.load(dir.resolve("requisitos.tsv"), Path.of("requisitos.tsv"));

        List<Finding> findings = new DocumentChecks(model, requirements, new DocumentChecks.Limits(0, 0, 60, 6.0)).check(new DocumentReferences());

        assertThat(findings).filteredOn(f -> f.key().startsWith("document.requirement.") && !f.key().endsWith(".section")).containsExactly(
                new Finding("document.requirement.unknown", new Location("valid.dsl", 12),
                        "element 'bucket' (\"Bucket de entrada\") lists requirement 'R02', which docs/requisitos.tsv does not define.",
                        ""),
                new Finding("document.requirement.element", new Location("requisitos.tsv", 3),
                        "R03 (Notificação por e-mail) is served by no model element.",
                        "Add it to the 'requirements' property of the elements that meet it."));
    }

    @Test
    void render_FailsOnADiagramPlacedTooSmallToRead_NamingViewAndMedium(@TempDir Path out) {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> render("illegible-diagram.adoc", out));

        assertThat(failure).as("a view placed at 10 % of the A4 text width").isNotNull();
        assertThat(failure.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("document.diagram.legible");
            assertThat(finding.location()).isEqualTo(new Location("src/test/resources/documents/illegible-diagram.adoc", 7));
            assertThat(finding.message())
                    .startsWith("view 'containers' prints its smallest text at ")
                    .contains(" pt on PDF (A4 retrato) (16 px text in a ")
                    .contains("it needs 6 pt");
        });
    }

    @Test
    void requirements_RejectAMalformedLine(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("requisitos.tsv");
        Files.writeString(tsv, "R01\tTítulo\tTrecho\nR2\tTítulo\n");

        assertThatThrownBy(() -> Requirements.load(tsv, Path.of("docs/requisitos.tsv")))
                .hasMessage("docs/requisitos.tsv:2: expected 'Rnn<TAB>título<TAB>trecho do desafio', found: R2\tTítulo");
    }

    /**
     * Editing one volume prints that volume only; an unchanged volume keeps its PDF (same bytes, not rewritten), and a
     * deleted PDF or a changed theme prints again. The oracle is the files: their bytes, times and text.
     * Also: the milestone for the stages waiting on the document's last print comes as that print starts (once the
     * HTML is written when nothing is printed), and the HTML does not depend on whether the PDF converter is loaded
     * (the print cache keys each volume's PDF by its HTML, converted before the converter is loaded in a fresh build,
     * after it in the live preview).
     */
    @Test
    void render_PrintsOnlyTheVolumesWhoseContentChanged(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path proposal = Files.copy(fixture("volume-proposal.adoc"), docs.resolve("volume-proposal.adoc"));
        Path reference = Files.copy(fixture("valid.adoc"), docs.resolve("valid.adoc"));
        Path theme = Files.createDirectories(dir.resolve("tema")).resolve("arquitetura-theme.yml");
        Files.copy(Path.of("docs/tema/arquitetura-theme.yml"), theme);
        Path pdf1 = dir.resolve("pdf/arquitetura.pdf");
        Path pdf2 = dir.resolve("pdf/referencia.pdf");
        Path html2 = dir.resolve("html/referencia.html");
        List<String> lastPrints = new java.util.ArrayList<>(); // what the PDF folder held as the last print started
        Runnable lastPrint = () -> lastPrints.add(printedAt(pdf1) + ", " + printedAt(pdf2));
        try (DocumentRenderer fresh = newRenderer()) { // its own JRuby, the PDF converter not loaded yet
            java.util.function.Function<Boolean, Runnable> build = withPdfs -> () -> fresh.render(new DocumentRenderer.Paths(List.of(
                            new DocumentRenderer.Volume(1, proposal, dir.resolve("html/arquitetura.html"), withPdfs ? pdf1 : null),
                            new DocumentRenderer.Volume(2, reference, html2, withPdfs ? pdf2 : null)),
                            diagrams, dir.resolve("generated"), dir.resolve("infra"), theme, dir.resolve("facts")),
                    PrintCache.in(dir.resolve("stamps"), docs, Path.of("").toAbsolutePath()), lastPrint);
            build.apply(false).run();
            String htmlWithoutPdfConverter = Files.readString(html2);
            assertThat(lastPrints).as("no PDF printed: once the HTML is written").containsExactly("missing, missing");
            lastPrints.clear();

            build.apply(true).run();
            FileTime printed1 = Files.getLastModifiedTime(pdf1);
            FileTime printed2 = Files.getLastModifiedTime(pdf2);
            byte[] bytes1 = Files.readAllBytes(pdf1);
            assertThat(lastPrints).containsExactly(printedAt(pdf1) + ", missing");

            build.apply(true).run();
            assertThat(Files.getLastModifiedTime(pdf1)).isEqualTo(printed1);
            assertThat(Files.getLastModifiedTime(pdf2)).isEqualTo(printed2);
            assertThat(lastPrints).as("nothing printed: once the HTML is written").hasSize(2).last()
                    .isEqualTo(printed1 + ", " + printed2);
            assertThat(html2).as("the HTML, converted with the PDF converter loaded").hasContent(htmlWithoutPdfConverter);

            Files.writeString(reference, Files.readString(reference) + "\nParágrafo novo no volume dois.\n");
            build.apply(true).run();
            assertThat(Files.getLastModifiedTime(pdf1)).isEqualTo(printed1);
            assertThat(pdf1).hasBinaryContent(bytes1);
            assertThat(Files.getLastModifiedTime(pdf2)).isNotEqualTo(printed2);
            assertThat(pdfText(pdf2)).contains("Parágrafo novo no volume dois.");
            assertThat(lastPrints).as("volume 2 alone printed: its print is the last, its old PDF still there").hasSize(3).last()
                    .isEqualTo(printed1 + ", " + printed2);
        }
        Runnable build = () -> renderer.render(new DocumentRenderer.Paths(List.of(
                        new DocumentRenderer.Volume(1, proposal, dir.resolve("html/arquitetura.html"), pdf1),
                        new DocumentRenderer.Volume(2, reference, html2, pdf2)),
                        diagrams, dir.resolve("generated"), dir.resolve("infra"), theme, dir.resolve("facts")),
                PrintCache.in(dir.resolve("stamps"), docs, Path.of("").toAbsolutePath()), () -> { });

        Files.delete(pdf1);
        build.run();
        assertThat(pdf1).exists();

        FileTime beforeTheme = Files.getLastModifiedTime(pdf2);
        Files.writeString(theme, Files.readString(theme) + "\n# tema alterado\n");
        build.run();
        assertThat(Files.getLastModifiedTime(pdf2)).isNotEqualTo(beforeTheme);
    }

    @Test
    void printCache_IsOffWhenASourceDependsOnTheBackend(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("capitulo.adoc"), "= T\n\nifdef::backend-pdf[]\nSó no PDF.\nendif::[]\n");
        Path pdf = Files.writeString(dir.resolve("v.pdf"), "%PDF");
        DocumentRenderer.Volume volume = new DocumentRenderer.Volume(1, docs.resolve("capitulo.adoc"), dir.resolve("v.html"), pdf);
        PrintCache prints = PrintCache.in(dir.resolve("stamps"), docs, dir);

        prints.record(volume, prints.key(volume, "<p>x</p>", Path.of("docs/tema/arquitetura-theme.yml"), diagrams));
        assertThat(prints.fresh(volume, prints.key(volume, "<p>x</p>", Path.of("docs/tema/arquitetura-theme.yml"), diagrams))).isFalse();
    }

    private static String printedAt(Path pdf) {
        try {
            return Files.exists(pdf) ? Files.getLastModifiedTime(pdf).toString() : "missing";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static Path render(String document, Path out) {
        Path html = out.resolve("index.html");
        renderer.render(new DocumentRenderer.Paths(fixture(document), diagrams, out.resolve("generated"), out.resolve("infra"),
                html, null, Path.of("docs/tema/arquitetura-theme.yml"), out.resolve("facts")));
        return html;
    }

    /** The fixture as Volume 1 and the valid document as Volume 2, HTML only. */
    private static void renderVolumes(String proposal, Path out) {
        renderer.render(new DocumentRenderer.Paths(List.of(
                new DocumentRenderer.Volume(1, fixture(proposal), out.resolve("index.html"), null),
                new DocumentRenderer.Volume(2, fixture("valid.adoc"), out.resolve("referencia.html"), null)),
                diagrams, out.resolve("generated"), out.resolve("infra"), Path.of("docs/tema/arquitetura-theme.yml"), out.resolve("facts")));
    }

    private static Path fixture(String name) {
        return Path.of("src/test/resources/documents", name).toAbsolutePath();
    }
}
