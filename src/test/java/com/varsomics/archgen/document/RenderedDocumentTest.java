package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.model.SourceLocation;
import com.varsomics.archgen.text.Inline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What the document stage reads from its own converted HTML and hands over as data, and the pages it cuts it into. */
class RenderedDocumentTest {

    @TempDir
    Path out;

    @Test
    void sections_AreTheSectionsWithAnId_EachWithItsNumberAndOwnTextOnly() {
        assertThat(RenderedSections.read(html("documento.html"))).containsExactly(
                new DocumentOutputs.Section("sumario-executivo", "1", "1. Sumário executivo", "A proposta em uma página."),
                new DocumentOutputs.Section("numeros", "1.1", "1.1. Números", "Disponibilidade de 99,9%."));
    }

    @Test
    void risks_AreTheRowsOfTheRisksTable_WithTheirCodeAndLinks_TheElementsAsDslIdentifiers_AndAnAnchorPerRow() {
        Document html = html("documento-riscos.html");
        List<DocumentOutputs.Risk> risks = RenderedRisks.read(html, Fixtures.load("site.dsl"), "documento.html");

        assertThat(risks).extracting(DocumentOutputs.Risk::number, DocumentOutputs.Risk::anchor, DocumentOutputs.Risk::elementIdentifiers)
                .containsExactly(tuple("1", "risco-01", List.of("api", "database")), tuple("2", "risco-02", List.of("bucket")));
        assertThat(html.select("table.riscos > tbody > tr").eachAttr("id")).containsExactly("risco-01", "risco-02");
        DocumentOutputs.Risk first = risks.getFirst();
        assertThat(first.title()).containsExactly(Inline.text("Políticas IAM amplas ("), new Inline(Inline.Kind.CODE, "*:*", ""), Inline.text(")"));
        assertThat(first.mitigation()).contains(new Inline(Inline.Kind.DOCUMENT, "tabela de papéis", "seguranca-identidade"),
                new Inline(Inline.Kind.EMPHASIS, "sem", ""));
        assertThat(first.verification()).containsExactly(Inline.text("cdk-nag "), new Inline(Inline.Kind.CODE, "AwsSolutions-IAM5", ""),
                Inline.text(" "), new Inline(Inline.Kind.DOCUMENT, "[ref-cdk-nag]", "ref-cdk-nag"), Inline.text("; atende "),
                new Inline(Inline.Kind.REQUIREMENT, "R09", "R09"));
        assertThat(Inline.plain(risks.get(1).verification())).isEqualTo("Security Hub S3.1 e S3.8");
    }

    @Test
    void risks_MustMatchTheRowsCollectedFromTheSource() {
        List<DocumentOutputs.Risk> read = RenderedRisks.read(html("documento-riscos.html"), Fixtures.load("site.dsl"), "documento.html");
        SourceLocation where = new SourceLocation(Path.of("docs/capitulos/11-riscos.adoc"), 14);
        var collected = List.of(new DocumentReferences.Risk("1", List.of("API", "database"), "cdk-nag", where),
                new DocumentReferences.Risk("2", List.of("bucket"), "Security Hub", where));

        RenderedRisks.verify(read, collected, "documento.html");
        assertThatThrownBy(() -> RenderedRisks.verify(read, List.of(collected.getFirst(),
                new DocumentReferences.Risk("2", List.of("kms"), "Security Hub", where)), "documento.html"))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("row 2 (docs/capitulos/11-riscos.adoc:14) names [kms] in the source but links [bucket] in the HTML");
        assertThatThrownBy(() -> RenderedRisks.verify(read, collected.subList(0, 1), "documento.html"))
                .hasMessageContaining("the HTML has 2 risk rows, the source 1");
    }

    @Test
    void costTotals_AreTheProposalsRowOfChapter9sTotals_Month1AndMonth60() {
        assertThat(CostTotals.read(html("documento-riscos.html"), "documento.html"))
                .contains(new CostTotals("Proposta (AWS Batch 90% em Spot)", "5.930", "7.720"));
        assertThat(CostTotals.read(html("documento.html"), "documento.html")).isEmpty();
        assertThat(CostTotals.amounts("≈ US$ 5.930 a US$ 7.720")).containsExactly("5.930", "7.720");
    }

    @Test
    void pages_AreTheContentsAndOnePerChapter_LinksPointAtThePageHoldingTheAnchor_FiguresAtTheSitesDiagrams() throws IOException {
        Path diagrams = out.resolve("diagrams");
        Document html = Jsoup.parse("""
                <html><body><div id="header"><h1>Documento</h1><div id="toc"><div id="toctitle">Sumário</div>
                <ul class="sectlevel1"><li><a href="#custos">9. Custos</a></li><li><a href="#riscos">11. Riscos</a></li></ul></div></div>
                <div id="content">
                <div class="sect1"><h2 id="custos">9. Custos</h2><div class="sectionbody">
                <div class="sect2"><h3 id="custos-totais">9.4. Totais</h3><p>Ver <a href="#riscos">Capítulo 11</a> e <a href="#custos-totais">acima</a>.</p></div>
                <div id="diagrama-containers" class="imageblock"><div class="content"><img src="%s/containers.svg" alt="Contêineres" width="100%%"></div></div>
                </div></div>
                <div class="sect1"><h2 id="riscos">11. Riscos</h2><div class="sectionbody">
                <div class="sect2"><h3 id="riscos-lista">11.1. Lista</h3><p>Custos em <a href="#custos-totais">9.4</a>; volume 2: <a href="referencia.html#glossario">glossário</a>.</p>
                <div class="imageblock"><div class="content"><img src="%s/maquina.svg" alt="Estados"></div></div></div>
                </div></div></div></body></html>""".formatted(diagrams.toAbsolutePath(), diagrams.toAbsolutePath()));
        Document reference = Jsoup.parse("""
                <html><body><div id="header"><h1>Referência</h1></div><div id="content">
                <div class="sect1"><h2 id="glossario">A. Glossário</h2><div class="sectionbody"><p>Ver <a href="arquitetura.html#custos">custos</a>.</p></div></div>
                </div></body></html>""");

        List<DocumentOutputs.Page> pages = HtmlPages.write(List.of(new HtmlPages.Volume("arquitetura", html), new HtmlPages.Volume("referencia", reference)),
                new HtmlPages.Diagrams(diagrams, "../diagramas/"), out.resolve("paginas"));

        assertThat(pages).extracting(DocumentOutputs.Page::id, DocumentOutputs.Page::volume, DocumentOutputs.Page::title).containsExactly(
                tuple("index", "arquitetura", "Documento"), tuple("custos", "arquitetura", "9. Custos"),
                tuple("riscos", "arquitetura", "11. Riscos"), tuple("glossario", "referencia", "A. Glossário"));
        Document contents = Jsoup.parse(Files.readString(pages.getFirst().fragment()));
        assertThat(contents.select(".documento-sumario a").eachAttr("href")).containsExactly("custos.html#custos", "riscos.html#riscos");
        Document costs = Jsoup.parse(Files.readString(pages.get(1).fragment()));
        assertThat(costs.select("h1").eachText()).containsExactly("9. Custos");
        assertThat(costs.select("h2").eachText()).containsExactly("9.4. Totais");
        assertThat(costs.select("p a").eachAttr("href")).containsExactly("riscos.html#riscos", "#custos-totais");
        assertThat(costs.select("a.figura-visao").attr("href")).isEqualTo("../diagramas/containers.html");
        assertThat(costs.select("img").attr("src")).isEqualTo("../diagramas/containers.svg");
        assertThat(Files.readString(pages.get(1).fragment())).doesNotContain("data:image", "width=\"100%\"");
        Document risks = Jsoup.parse(Files.readString(pages.get(2).fragment()));
        assertThat(risks.select("p a").eachAttr("href")).containsExactly("custos.html#custos-totais", "glossario.html#glossario");
        assertThat(risks.select("img").attr("src")).isEqualTo("../diagramas/maquina.svg");
        assertThat(risks.select("a.figura-visao")).as("not a view: no diagram page").isEmpty();
        assertThat(pages.get(2).images()).containsExactly("maquina.svg");
        assertThat(Jsoup.parse(Files.readString(pages.get(3).fragment())).select("p a").attr("href")).isEqualTo("custos.html#custos");
        assertThat(new DocumentOutputs(Requirements.load(Path.of("docs/requisitos.tsv"), Path.of("docs/requisitos.tsv")), List.of(), List.of(),
                Optional.empty(), pages).href("custos-totais")).contains("documento/custos.html#custos-totais");
    }

    private static Document html(String name) {
        try (var in = RenderedDocumentTest.class.getResourceAsStream("/document/html/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
