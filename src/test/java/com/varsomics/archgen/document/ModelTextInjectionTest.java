package com.varsomics.archgen.document;

import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.diagrams.DiagramExporter;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.model.ArchitectureModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model text is data: the fixture {@code document-injection.dsl} puts AsciiDoc formatting marks, a passthrough
 * with raw HTML, link/image/footnote/kbd macros, an attribute reference, a cross reference, a bare URL and
 * typographic replacements into element names, descriptions, a relationship and a view title. The oracle is the
 * source text itself: every string must come out exactly as written, in the HTML and in the PDF.
 */
class ModelTextInjectionTest {

    private static final String PASSTHROUGH = "pass:[<b onclick=x>raw</b>]";
    private static final String LINK = "link:https://evil.example[aqui]";

    @TempDir
    static Path out;

    private static Document html;
    private static String pdfText;

    @BeforeAll
    static void render() throws IOException {
        ArchitectureModel model = Fixtures.load("document-injection.dsl");
        Path diagrams = out.resolve("diagrams");
        new DiagramRenderer(diagrams, 2).render(new DiagramExporter(AwsIconCatalog.bundled()).export(model));
        Path documents = Path.of("src/test/resources/documents").toAbsolutePath();
        Requirements requirements = Requirements.load(documents.resolve("requisitos.tsv"), Path.of("requisitos.tsv"));
        Path htmlFile = out.resolve("index.html");
        Path pdfFile = out.resolve("documento.pdf");
        try (DocumentRenderer renderer = new DocumentRenderer(model, requirements, Path.of("").toAbsolutePath(),
                new DocumentChecks(model, requirements, new DocumentChecks.Limits(1, 1, 60)))) {
            renderer.render(new DocumentRenderer.Paths(documents.resolve("valid.adoc"), diagrams, out.resolve("generated"),
                    out.resolve("infra"), htmlFile, pdfFile, Path.of("docs/tema/arquitetura-theme.yml")));
        }
        html = Jsoup.parse(htmlFile.toFile(), "UTF-8");
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        Files.writeString(out.resolve("pdf.txt"), pdfText);
    }

    @AfterAll
    static void keepNothing() {
        html = null;
    }

    @Test
    void html_HasNoElementOrLinkMadeFromModelText() {
        assertThat(html.select("b[onclick], [onclick]")).isEmpty();
        assertThat(html.select("a[href*=evil], img[src=x.png], kbd, sup, sub, mark, .footnote")).isEmpty();
        var catalogRow = html.select("#elemento-api").parents().select("tr").first();
        assertThat(catalogRow.select("strong").eachText()).containsExactly("API *x*"); // bold by the catalog's own markup
        assertThat(catalogRow.select("em, mark, sup, sub")).isEmpty();
        assertThat(html.select("a[href=#elemento-api]").eachText()).isNotEmpty().containsOnly("API *x*");
        assertThat(html.outerHtml()).doesNotContain("raw</b>");
    }

    @Test
    void html_ShowsEveryModelStringLiterally() {
        String text = html.body().text();
        assertThat(text)
                .contains("API *x*")
                .contains("Recebe " + PASSTHROUGH + " e " + LINK + " e *negrito* e {doctitle} e image:x.png[] e (C) -- ...")
                .contains("Guarda `código` _itálico_ #marcado# ^sup^ ~sub~ +mais+ <<elemento-api>> footnote:[nota] kbd:[Ctrl] http://evil.example/x")
                .contains("Assina " + PASSTHROUGH + " " + LINK + " *x*")
                .contains("Contêineres *x* " + PASSTHROUGH + " " + LINK);
    }

    @Test
    void pdf_ShowsEveryModelStringLiterally() {
        assertThat(pdfText)
                .contains("API *x*")
                .contains(PASSTHROUGH)
                .contains(LINK)
                .contains("*negrito* e {doctitle} e image:x.png[] e (C) -- ...")
                .contains("#marcado# ^sup^ ~sub~ +mais+")
                .contains("Contêineres *x*");
    }
}
