package com.varsomics.archgen.site;

import com.varsomics.archgen.slides.DeckOutputs;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renders the site of the fixture workspace site.dsl and reads the pages as a reviewer would. */
class ReviewersSiteTest {

    private static final String WORKSPACE = "site.dsl";
    private static final List<String> ELEMENT_PAGES = List.of("user", "idp", "platform", "api", "database", "bucket",
            "region", "cluster", "azA", "azB", "kms");

    @TempDir
    Path build;

    private Path site() {
        return build.resolve("site");
    }

    private ReviewersSite.Result render(ReviewersSite.Sources sources) {
        return new ReviewersSite(sources).render(site());
    }

    private List<Finding> linkCheck(ReviewersSite.Result result) {
        return new SiteLinkChecker(site(), Path.of("build/site")).check(result.pages(), result.requiredPages(), result.stylesheets());
    }

    private Document page(String sitePath) {
        return Jsoup.parse(SiteFixtures.read(site().resolve(sitePath)));
    }

    @Test
    void render_WritesOnePagePerElement_ButNoneForDeploymentInstances_AndPassesTheLinkCheck() {
        ReviewersSite.Result result = render(SiteFixtures.sources(WORKSPACE, build));

        assertThat(result.requiredPages()).containsExactlyInAnyOrderElementsOf(
                ELEMENT_PAGES.stream().map(id -> "elementos/" + id + ".html").toList());
        assertThat(result.pages()).contains("index.html", "busca.html", "requisitos.html", "elementos/index.html",
                "diagramas/index.html", "diagramas/context.html", "diagramas/containers.html", "diagramas/deployment.html",
                "diagramas/upload.html", "decisoes/index.html", "decisoes/adr-0001.html", "decisoes/adr-0002.html");
        assertThat(site().resolve("elementos/apiInstance.html")).doesNotExist();
        assertThat(linkCheck(result)).isEmpty();
    }

    @Test
    void everyPage_IsPortugueseWithOneH1_TheNavigation_AndOnlyLocalScriptsAndStyles() {
        ReviewersSite.Result result = render(SiteFixtures.sources(WORKSPACE, build));

        for (String path : result.pages()) {
            Document page = page(path);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("pt-BR");
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.select("nav[aria-label=Navegação principal] a").eachText()).as(path)
                    .containsExactly("Início", "Modelo", "Diagramas", "Requisitos", "Decisões");
            assertThat(page.select("script[src], link[href]").eachAttr("abs:src")).as(path).allMatch(String::isEmpty);
            for (Element resource : page.select("script[src], link[href]")) {
                assertThat(resource.hasAttr("src") ? resource.attr("src") : resource.attr("href")).as(path).doesNotContain("//");
            }
        }
    }

    @Test
    void landing_ShowsTheKeyFiguresFromTheWorkspace_AndNamesPendingCompanionsWithoutLinkingThem() {
        render(SiteFixtures.sources(WORKSPACE, build));
        Document landing = page("index.html");

        assertThat(landing.select(".numero").eachText()).containsExactly(
                "Disponibilidade 99,9% meta de disponibilidade (SLO)",
                "Arquivos de entrada 1 ano 365 dias, depois expiram",
                "Resultados das análises 5 anos 1827 dias disponíveis para consulta",
                "Custo mensal estimado em elaboração virá do capítulo de custos do documento");
        assertThat(landing.select(".entregaveis .pendente").eachText()).containsExactly(
                "Volume 1: Proposta de arquitetura (HTML)", "Volume 1: Proposta de arquitetura (PDF)",
                "Volume 2: Guia de provisionamento e referência (HTML)", "Volume 2: Guia de provisionamento e referência (PDF)",
                "Apresentação (slides)", "Matriz de rastreabilidade (documento)",
                "Controles implementados e planejados (documento)");
        assertThat(landing.select("a[href^=documento], a[href^=slides], a[href$=.pdf]")).isEmpty();
        assertThat(landing.select(".entregaveis a").eachAttr("href")).containsExactly(
                "diagramas/index.html", "elementos/index.html", "decisoes/index.html", "requisitos.html");
        assertThat(landing.select(".destaque img").attr("src")).isEqualTo("diagramas/containers.svg");
    }

    @Test
    void companions_AreLinkedOnceTheirStagesRan_AndTheLinkCheckerThenVerifiesTheirFilesAndAnchors() throws IOException {
        writeDocumentAndSlides();
        ReviewersSite.Result result = render(SiteFixtures.sources(WORKSPACE, build, Companions.after(Set.of(DocumentOutputs.class, DeckOutputs.class)),
                RequirementCatalog.idsOnly(), RiskCatalog.none(), DocumentSections.none()));

        Document landing = page("index.html");
        assertThat(landing.select(".entregaveis a").eachAttr("href")).containsExactly(
                "documento/index.html", "arquitetura.pdf", "documento/referencia.html", "referencia.pdf", "slides/index.html",
                "diagramas/index.html", "elementos/index.html", "decisoes/index.html", "requisitos.html",
                "documento/referencia.html#rastreabilidade", "documento/referencia.html#controles");
        assertThat(landing.select(".entregaveis .pendente")).isEmpty();
        assertThat(site().resolve("arquitetura.pdf")).hasContent("%PDF-fixture");
        assertThat(site().resolve("referencia.pdf")).hasContent("%PDF-fixture 2");
        assertThat(page("elementos/api.html").select("a[href$=#elemento-api]")).hasSize(1);
        assertThat(page("diagramas/deployment.html").select("a[href$=#diagrama-deployment]")).hasSize(1);
        assertThat(linkCheck(result)).isEmpty();

        Path document = site().resolve("documento/referencia.html");
        Files.writeString(document, Files.readString(document).replace("id=\"elemento-api\"", "id=\"outro\""));
        assertThat(linkCheck(result)).containsExactly(new Finding(SiteLinkChecker.ANCHOR,
                new Location("build/site/elementos/api.html", lineOf("elementos/api.html", "#elemento-api")),
                "<a href=\"../documento/referencia.html#elemento-api\"> points to #elemento-api, but build/site/documento/referencia.html"
                        + " has no element with that id.", ""));
    }

    @Test
    void aCompanionWhoseStageRanButWroteNothing_FailsTheBuild_NamingTheStage() {
        assertThatThrownBy(() -> render(SiteFixtures.sources(WORKSPACE, build, Companions.after(Set.of(DocumentOutputs.class)),
                RequirementCatalog.idsOnly(), RiskCatalog.none(), DocumentSections.none())))
                .isInstanceOf(BuildException.class)
                .hasMessage("build/pdf/arquitetura.pdf is missing although the stage that publishes DocumentOutputs ran; the site links it as"
                        + " \"Volume 1: Proposta de arquitetura (PDF)\". Check that stage's output path (Companion in the site package).");
    }

    @Test
    void elementPage_ShowsFactsRelationshipsViewsRequirementsRisksAndDecisions() {
        RequirementCatalog requirements = RequirementCatalog.of(List.of(
                new RequirementCatalog.Requirement("R02", "API controladora em FastAPI", "uma API controladora…"),
                new RequirementCatalog.Requirement("R03", "API e serviços em Kubernetes", "deverão ser implantados utilizando Kubernetes."),
                new RequirementCatalog.Requirement("R04", "Banco relacional gerenciado", "um banco de dados relacional")));
        RiskCatalog risks = RiskCatalog.of(List.of(
                new RiskCatalog.Risk("7", List.of(Inline.text("Pods privilegiados")),
                        List.of(Inline.text("PSA "), new Inline(Inline.Kind.CODE, "restricted", ""), Inline.text(" e o "),
                                new Inline(Inline.Kind.ELEMENT, "banco", "database"), Inline.text(" isolado")),
                        List.of(new Inline(Inline.Kind.CODE, "kubectl auth can-i", ""), Inline.text(" "),
                                new Inline(Inline.Kind.DOCUMENT, "[ref-psa]", "ref-psa"), Inline.text(", "),
                                new Inline(Inline.Kind.REQUIREMENT, "R03", "R03")),
                        List.of("API")),
                RiskCatalog.Risk.of("Bucket <b>público</b>", List.of("bucket"), "aws s3api get-public-access-block --bucket <entrada>")));
        render(SiteFixtures.sources(WORKSPACE, build, Companions.none(), requirements, risks, DocumentSections.none()));
        Document api = page("elementos/api.html");

        assertThat(api.selectFirst("h1").text()).isEqualTo("API controladora");
        assertThat(api.select(".ficha dd").eachText()).contains("Python 3.12 / FastAPI", "Plataforma", "api (site.dsl:12)");
        assertThat(rows(api, "saidas")).containsExactly(
                "Banco relacional | Grava análises | SQL/TLS",
                "Bucket de entrada | Assina URLs de upload | AWS SDK (boto3)",
                "IdP corporativo | Valida tokens | OIDC");
        assertThat(rows(api, "entradas")).containsExactly("Pesquisador | Envia amostras | HTTPS/JSON");
        assertThat(api.select("#visoes + .galeria a").eachAttr("href")).containsExactly(
                "../diagramas/containers.html", "../diagramas/deployment.html", "../diagramas/upload.html");
        assertThat(api.select("#visoes + .galeria img").eachAttr("alt")).allMatch(alt -> alt.startsWith("Diagrama \""));
        assertThat(api.select("#requisitos + .lista li").eachText()).containsExactly(
                "R02 — API controladora em FastAPI", "R03 — API e serviços em Kubernetes");
        assertThat(api.select("#riscos + .lista li").eachText()).containsExactly(
                "Risco 7: Pods privilegiados Mitigação: PSA restricted e o banco isolado Verificação: kubectl auth can-i [ref-psa], R03");
        assertThat(api.select("#riscos + .lista code").eachText()).containsExactly("restricted", "kubectl auth can-i");
        // Without the document the risk's own links stay text; elements and requirements link the site's pages.
        assertThat(api.select("#riscos + .lista a").eachAttr("href")).containsExactly("../elementos/database.html", "../requisitos.html#requisito-r03");
        assertThat(api.select("#decisoes + .lista a").eachText()).containsExactly("ADR 1: Usar EKS para a API");
        // The document's text is data: markup in it shows as text.
        Document bucket = page("elementos/bucket.html");
        assertThat(bucket.select("#riscos + .lista li").eachText()).containsExactly(
                "Risco: Bucket <b>público</b> Verificação: aws s3api get-public-access-block --bucket <entrada>");
        assertThat(bucket.select("#riscos + .lista b")).isEmpty();
        assertThat(api.select("#instancias + .lista li").eachText()).containsExactly("Produção › sa-east-1 (São Paulo) › Nós de aplicação");
    }

    @Test
    void containerPage_ListsEveryInstance_AndRelationshipsDeclaredOnInstancesSayWhere() {
        render(SiteFixtures.sources(WORKSPACE, build));

        assertThat(page("elementos/database.html").select("#instancias + .lista li").eachText()).containsExactly(
                "Produção › sa-east-1 (São Paulo) › sa-east-1a", "Produção › sa-east-1 (São Paulo) › sa-east-1b");
        assertThat(rows(page("elementos/bucket.html"), "entradas")).containsExactly(
                "API controladora | Assina URLs de upload | AWS SDK (boto3)",
                "AWS KMS instância em Produção | Criptografa objetos | SSE-KMS");
        assertThat(page("elementos/region.html").select("#conteudo-do-elemento + .lista a").eachText()).containsExactly(
                "Nós de aplicação", "sa-east-1a", "sa-east-1b", "AWS KMS", "Bucket de entrada (instância)");
    }

    @Test
    void diagramPage_LinksEveryElementItShows_ToItsPage_AndOffersTheDownloads() {
        render(SiteFixtures.sources(WORKSPACE, build));
        Document deployment = page("diagramas/deployment.html");

        Set<String> linked = deployment.select(".quadro svg a.elemento").eachAttr("href").stream().collect(Collectors.toSet());
        assertThat(linked).containsExactlyInAnyOrder("../elementos/region.html", "../elementos/cluster.html", "../elementos/azA.html",
                "../elementos/azB.html", "../elementos/api.html", "../elementos/database.html", "../elementos/bucket.html",
                "../elementos/kms.html");
        assertThat(deployment.select(".quadro svg a[href=../elementos/database.html]")).as("writer and reader").hasSize(2);
        assertThat(deployment.selectFirst(".quadro").attr("aria-label")).isEqualTo("Diagrama \"Implantação\": Onde cada contêiner roda, em duas AZs.");
        assertThat(deployment.selectFirst(".quadro svg").attr("width")).isEqualTo("100%");
        assertThat(deployment.select(".acoes a[download]").eachAttr("href")).containsExactly(
                "../diagramas/deployment.svg", "../diagramas/deployment.png", "../diagramas/deployment.puml");
        assertThat(site().resolve("diagramas/deployment.svg")).hasSameBinaryContentAs(SiteFixtures.diagrams(WORKSPACE).resolve("deployment.svg"));
        assertThat(page("diagramas/containers.html").select(".quadro svg a.elemento").eachAttr("href")).contains("../elementos/platform.html");
    }

    @Test
    void decisionPage_RendersTheMarkdown_LinkingElementReferences_AndLeavingCodeAlone() {
        render(SiteFixtures.sources(WORKSPACE, build));
        Document adr = page("decisoes/adr-0001.html");

        assertThat(adr.selectFirst("h1").text()).isEqualTo("ADR 1: Usar EKS para a API");
        assertThat(adr.select(".ficha dd").eachText()).startsWith("Aceita", "2026-11-20");
        // The adr-tools header (title, date, a status section holding only the status) is the page's own heading and card.
        assertThat(adr.select(".adr h2").eachText()).containsExactly("Contexto", "Decisão");
        assertThat(adr.select(".adr").text()).doesNotContain("Date:", "Aceita");
        assertThat(adr.select(".adr a").eachAttr("href")).containsExactly("../elementos/api.html", "../elementos/database.html");
        assertThat(adr.select(".adr a").eachText()).containsExactly("API controladora", "Banco relacional");
        assertThat(adr.select(".adr code").text()).isEqualTo("elemento:api[]");
        assertThat(page("decisoes/index.html").select("tbody tr").eachText()).containsExactly(
                "ADR 1: Usar EKS para a API Aceita 2026-11-20", "ADR 2: Aurora PostgreSQL como banco Proposta 2026-11-21");
    }

    @Test
    void decisionPage_ReadsAdrToolsMarkdownLikeTheDocument_RequirementsAdrLinksTablesAndReferences() throws IOException {
        render(SiteFixtures.sources(WORKSPACE, build));
        Document adr = page("decisoes/adr-0002.html");

        assertThat(adr.select(".ficha dd").eachText()).startsWith("Proposta", "2026-11-21");
        assertThat(adr.select(".adr h2").eachText()).containsExactly("Contexto", "Decisão");
        assertThat(adr.select(".adr a").eachAttr("href")).containsExactly(
                "../elementos/database.html", "../requisitos.html#requisito-r04", "../decisoes/adr-0001.html");
        assertThat(adr.select(".adr a").eachText()).containsExactly("Banco relacional", "R04", "ADR 1");
        // A reference of the document's chapter 14 is shown as the document shows it; linked only once the document is built.
        assertThat(adr.select(".adr p").first().text()).endsWith("os fatos de [ref-aurora].").doesNotContain("elemento:", "requisito:");
        assertThat(adr.select(".adr table tbody tr")).hasSize(2);
        assertThat(SiteFixtures.read(site().resolve("assets/indice-busca.js")))
                .contains("O Banco relacional guarda o registro oficial das análises (R04)");

        writeDocumentAndSlides();
        render(SiteFixtures.sources(WORKSPACE, build, Companions.after(Set.of(DocumentOutputs.class)),
                RequirementCatalog.idsOnly(), RiskCatalog.none(), DocumentSections.none()));
        assertThat(page("decisoes/adr-0002.html").select(".adr a").eachAttr("href")).contains("../documento/referencia.html#ref-aurora");
    }

    @Test
    void anAdrReferringToAnUnknownRequirementOrAdr_FailsNamingEach() {
        ReviewersSite.Sources real = SiteFixtures.sources(WORKSPACE, build);
        DecisionCatalog decisions = () -> List.of(new DecisionCatalog.Decision("adr-0009", "9", "Fila", "Aceita", "",
                "Segue a [ADR 7](#7) e atende requisito:R99[] e requisito:R04[].", List.of(), List.of()));
        RequirementCatalog requirements = RequirementCatalog.of(List.of(new RequirementCatalog.Requirement("R04", "Banco", "…")));
        ReviewersSite.Sources sources = new ReviewersSite.Sources(real.model(), real.diagramsDirectory(), build, real.companions(),
                real.figures(), requirements, real.risks(), decisions, real.sections());

        assertThatThrownBy(() -> render(sources))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The ADRs have 2 problem(s):\n  ADR 9: Fila: #7 names no ADR of the same scope. [site.decision.reference]"
                        + "\n  ADR 9: Fila: requisito:R99[] names no requirement of docs/requisitos.tsv. [site.decision.reference]");
    }

    @Test
    void requirementsPage_ListsEveryRequirementIdOfTheModel_WithTheElementsThatServeIt() {
        render(SiteFixtures.sources(WORKSPACE, build));
        Document requirements = page("requisitos.html");

        assertThat(requirements.select("tbody tr").eachAttr("id")).containsExactly(
                "requisito-r02", "requisito-r03", "requisito-r04", "requisito-r09", "requisito-r11");
        assertThat(requirements.select("#requisito-r04 td a").eachText()).containsExactly("Banco relacional");
        assertThat(requirements.select(".nota").text()).contains("docs/requisitos.tsv");
        assertThat(requirements.select("thead th").eachText()).containsExactly("Requisito", "Elementos que o atendem");
    }

    @Test
    void requirementsPage_ShowsTheCasesWording_OnceTheDocumentProvidesIt() {
        RequirementCatalog catalog = RequirementCatalog.of(List.of(
                new RequirementCatalog.Requirement("R01", "Front-end em Django", "um front-end desenvolvido utilizando o framework Django"),
                new RequirementCatalog.Requirement("R04", "Banco de dados relacional", "deverão ser mantidas em um banco de dados relacional.")));
        render(SiteFixtures.sources(WORKSPACE, build, Companions.none(), catalog, RiskCatalog.none(), DocumentSections.none()));
        Document requirements = page("requisitos.html");

        assertThat(requirements.select("thead th").eachText()).containsExactly("Requisito", "O que o desafio pede", "Elementos que o atendem");
        assertThat(requirements.select("#requisito-r01 td").eachText()).containsExactly(
                "Front-end em Django um front-end desenvolvido utilizando o framework Django", "nenhum elemento do modelo");
        assertThat(requirements.select("#requisito-r04 td").eachText()).containsExactly(
                "Banco de dados relacional deverão ser mantidas em um banco de dados relacional.", "Banco relacional");
        assertThat(requirements.select("p.nota")).isEmpty();
    }

    @Test
    void searchIndex_CoversElementsViewsRequirementsDecisionsAndDocumentSections() {
        DocumentSections sections = () -> List.of(new DocumentSections.Section("custos", "9. Custos", "Estimativa mensal em sa-east-1."));
        render(SiteFixtures.sources(WORKSPACE, build, Companions.none(), RequirementCatalog.idsOnly(), RiskCatalog.none(), sections));
        String index = SiteFixtures.read(site().resolve("assets/indice-busca.js"));

        assertThat(index).startsWith("window.ARCHGEN_BUSCA = {\"documentos\":[{\"id\":\"elemento:user\",\"tipo\":\"Pessoa\",\"titulo\":\"Pesquisador\"");
        assertThat(index).contains("\"id\":\"visao:deployment\"", "\"id\":\"requisito:R04\"", "\"id\":\"adr:adr-0002\"",
                "{\"id\":\"secao:custos\",\"tipo\":\"Seção do documento\",\"titulo\":\"9. Custos\",\"texto\":\"Estimativa mensal em sa-east-1.\","
                        + "\"resumo\":\"Estimativa mensal em sa-east-1.\",\"url\":\"documento/referencia.html#custos\"}");
        assertThat(page("busca.html").select("script[src]").eachAttr("src")).containsExactly(
                "assets/vendor/lunr-2.3.9.min.js", "assets/indice-busca.js", "assets/busca.js");
    }

    @Test
    void modelText_WithMarkup_IsShownAsText_OnEveryPage_AndInTheSearchIndex() throws IOException {
        Path xssBuild = build.resolve("xss");
        ReviewersSite.Result result = new ReviewersSite(SiteFixtures.sources("site-xss.dsl", xssBuild)).render(xssBuild.resolve("site"));

        for (String path : result.pages()) {
            String html = Files.readString(xssBuild.resolve("site").resolve(path));
            Document page = Jsoup.parse(html);
            assertThat(page.select("script:not([src])")).as(path + ": inline scripts").isEmpty();
            assertThat(page.select("iframe, img[onerror], b, i")).as(path + ": markup from the model").isEmpty();
            assertThat(page.select("a[href^=javascript]")).as(path).isEmpty();
            assertThat(html).as(path).doesNotContain("<script>alert", "<img src=x", "<iframe", "<b>", "<i>");
        }
        Document user = Jsoup.parse(Files.readString(xssBuild.resolve("site/elementos/user.html")));
        assertThat(user.selectFirst("h1").text()).isEqualTo("Pesquisador <b>negrito</b>");
        assertThat(user.selectFirst(".descricao").text()).isEqualTo("Descrição com <script>alert('xss')</script> & 'aspas'.");
        Document adr = Jsoup.parse(Files.readString(xssBuild.resolve("site/decisoes/adr-0001.html")));
        assertThat(adr.selectFirst(".adr").text()).contains("HTML cru: <script>alert(9)</script>");
        assertThat(Files.readString(xssBuild.resolve("site/assets/indice-busca.js"))).doesNotContain("<");
        assertThat(new SiteLinkChecker(xssBuild.resolve("site"), Path.of("build/site"))
                .check(result.pages(), result.requiredPages(), result.stylesheets())).isEmpty();
    }

    @Test
    void anAdrReferringToAnUnknownElement_FailsNamingTheAdrAndTheIdentifier() {
        ReviewersSite.Sources real = SiteFixtures.sources(WORKSPACE, build);
        DecisionCatalog decisions = () -> List.of(new DecisionCatalog.Decision("adr-0009", "9", "Fila", "Aceita", "",
                "Usa o elemento:fila[].", List.of("fila"), List.of()));
        ReviewersSite.Sources sources = new ReviewersSite.Sources(real.model(), real.diagramsDirectory(), build, real.companions(),
                real.figures(), real.requirements(), real.risks(), decisions, real.sections());

        assertThatThrownBy(() -> render(sources))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The ADRs have 1 problem(s):\n  ADR 9: Fila: elemento:fila[] names no element of workspace.dsl."
                        + " Use a DSL identifier (e.g. elemento:api[]). [site.decision.reference]");
    }

    @Test
    void aViewWithoutItsRendering_FailsNamingTheFileAndTheStageThatWritesIt() throws IOException {
        ReviewersSite.Sources real = SiteFixtures.sources(WORKSPACE, build);
        Path empty = Files.createDirectories(build.resolve("no-diagrams"));
        ReviewersSite.Sources sources = new ReviewersSite.Sources(real.model(), empty, build, real.companions(), real.figures(),
                real.requirements(), real.risks(), real.decisions(), real.sections());

        assertThatThrownBy(() -> render(sources))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith(empty.resolve("context.svg") + ": the site needs the rendered view 'context'")
                .hasMessageEndingWith("The diagrams stage writes it; run the whole build (./mvnw package).");
    }

    @Test
    void rendering_ReplacesOnlyItsOwnFiles_KeepingWhatOtherStagesWroteInTheSite() throws IOException {
        Files.createDirectories(site().resolve("documento"));
        Files.writeString(site().resolve("documento/index.html"), "documento");
        Files.createDirectories(site().resolve("elementos"));
        Files.writeString(site().resolve("elementos/removido.html"), "antigo");

        render(SiteFixtures.sources(WORKSPACE, build));

        assertThat(site().resolve("documento/index.html")).hasContent("documento");
        assertThat(site().resolve("elementos/removido.html")).doesNotExist();
    }

    @Test
    void renderingTwice_GivesByteIdenticalFiles() throws IOException {
        render(SiteFixtures.sources(WORKSPACE, build));
        Path again = build.resolve("again");
        new ReviewersSite(SiteFixtures.sources(WORKSPACE, build)).render(again);

        Map<String, byte[]> first = files(site());
        Map<String, byte[]> second = files(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    private static List<String> rows(Document page, String headingId) {
        Element table = page.getElementById(headingId).nextElementSibling();
        return table.select("tbody tr").stream()
                .map(row -> row.select("td").stream().map(Element::text).collect(Collectors.joining(" | ")))
                .toList();
    }

    private int lineOf(String sitePath, String text) {
        List<String> lines = SiteFixtures.read(site().resolve(sitePath)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + sitePath);
    }

    /** A stand-in for the document and slides stages' output, with the anchors the site links to. */
    private void writeDocumentAndSlides() throws IOException {
        StringBuilder ids = new StringBuilder();
        for (String element : ELEMENT_PAGES) {
            ids.append("<p id=\"elemento-").append(element.toLowerCase(java.util.Locale.ROOT)).append("\">x</p>\n");
        }
        for (String id : List.of("rastreabilidade", "controles", "riscos", "decisoes", "custos", "ref-aurora", "requisito-r02", "requisito-r03", "requisito-r04",
                "requisito-r09", "requisito-r11", "diagrama-context", "diagrama-containers", "diagrama-deployment", "diagrama-upload")) {
            ids.append("<p id=\"").append(id).append("\">x</p>\n");
        }
        Files.createDirectories(site().resolve("documento"));
        Files.writeString(site().resolve("documento/index.html"), "<!DOCTYPE html><html lang=\"pt-BR\"><body>volume 1</body></html>");
        Files.writeString(site().resolve("documento/referencia.html"), "<!DOCTYPE html><html lang=\"pt-BR\"><body>" + ids + "</body></html>");
        Files.createDirectories(site().resolve("slides"));
        Files.writeString(site().resolve("slides/index.html"), "<!DOCTYPE html><html lang=\"pt-BR\"><body>slides</body></html>");
        Files.createDirectories(build.resolve("pdf"));
        Files.writeString(build.resolve("pdf/arquitetura.pdf"), "%PDF-fixture", StandardCharsets.US_ASCII);
        Files.writeString(build.resolve("pdf/referencia.pdf"), "%PDF-fixture 2", StandardCharsets.US_ASCII);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
