package com.varsomics.archgen.site;

import com.structurizr.model.StaticStructureElementInstance;
import com.varsomics.archgen.slides.DeckOutputs;
import com.varsomics.archgen.document.DocumentOutputs;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.ExternalUrls;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.document.Requirements;
import com.varsomics.archgen.model.ArchitectureModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the site that {@code ./mvnw package} wrote to build/site from the real workspace.dsl. */
class SiteIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build")).toAbsolutePath();
    private static final Path SITE = BUILD.resolve("site");

    @TempDir
    static Path again;

    private static ReviewersSite.Result rendered;
    private static ArchitectureModel model;
    private static ReviewersSite.Sources sources;

    /** Renders the site again from the same inputs, as the build's site stage does, into a fresh folder. */
    @BeforeAll
    static void renderAgain() {
        model = Fixtures.realWorkspace();
        // what the stages before the site publish in a full build
        Set<Class<?>> before = Set.of(ArchitectureModel.class, DocumentOutputs.class, DeckOutputs.class);
        sources = ReviewersSite.Sources.of(model, BUILD, before,
                RequirementCatalog.of(Requirements.load(Path.of("docs/requisitos.tsv"), Path.of("docs/requisitos.tsv"))));
        rendered = new ReviewersSite(sources).render(again.resolve("site"));
    }

    @Test
    void renderingAgain_GivesByteIdenticalFiles() throws IOException {
        try (var walk = Files.walk(again.resolve("site"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String sitePath = again.resolve("site").relativize(file).toString();
                assertThat(Files.readAllBytes(SITE.resolve(sitePath))).as(sitePath).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    /**
     * The pages expected are counted from Structurizr's model, not from {@link SiteModel}: every element that is not
     * a deployment instance has {@code elementos/<its DSL identifier>.html}, and the folder holds nothing else.
     */
    @Test
    void everyElementOfTheModel_HasAPage_AndTheBuiltSitePassesTheLinkCheck() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (var element : model.workspace().getModel().getElements()) {
            if (!(element instanceof StaticStructureElementInstance)) {
                expected.add(element.getProperties().get("structurizr.dsl.identifier") + ".html");
            }
        }
        try (Stream<Path> pages = Files.list(SITE.resolve("elementos"))) {
            assertThat(pages.map(page -> page.getFileName().toString()).filter(name -> !name.equals("index.html")))
                    .as("element pages").isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(new SiteLinkChecker(SITE, Path.of("build/site"))
                .check(rendered.pages(), rendered.requiredPages(), rendered.stylesheets())).isEmpty();
    }

    /**
     * Read with jsoup from the drawing in build/diagrams and from the page: every element or boundary group PlantUML
     * drew ({@code <g class="entity|cluster">}) is on the page inside a link to an element page that exists.
     */
    @Test
    void everyDiagramPage_LinksEveryElementItDraws() throws IOException {
        for (ModelView view : model.views()) {
            Document drawing = Jsoup.parse(Files.readString(BUILD.resolve("diagrams").resolve(view.getKey() + ".svg")), "", Parser.xmlParser());
            Path pagePath = SITE.resolve("diagramas").resolve(view.getKey() + ".html");
            Document page = Jsoup.parse(pagePath.toFile(), "UTF-8");
            List<String> drawn = drawing.select("g.entity, g.cluster").eachAttr("data-qualified-name");
            List<Element> groups = page.select("svg g.entity, svg g.cluster");

            assertThat(drawn).as(view.getKey()).isNotEmpty();
            assertThat(groups.stream().map(group -> group.attr("data-qualified-name")).toList()).as(view.getKey())
                    .containsExactlyElementsOf(drawn);
            assertThat(groups).as(view.getKey()).allSatisfy(group -> {
                Element link = group.closest("a[href]");
                assertThat(link).as(group.attr("data-qualified-name")).isNotNull();
                assertThat(pagePath.getParent().resolve(link.attr("href")).normalize())
                        .startsWith(SITE.resolve("elementos")).isRegularFile();
            });
        }
    }

    /**
     * Every attribute, script and style of every page is free of network URLs. Text a reader reads is not markup and
     * loads nothing: a verification command of chapter 11 such as {@code --policy-document file://p.json} may show it.
     */
    @Test
    void noPageOrStylesheetOfTheSite_LoadsAnythingFromANetwork() throws IOException {
        for (String path : rendered.pages()) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
            for (org.jsoup.nodes.Element element : page.getAllElements()) {
                for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                    assertThat(ExternalUrls.firstIn(attribute.html())).as(path + ": <" + element.tagName() + "> " + attribute.getKey()).isEmpty();
                }
                if (element.nameIs("script") || element.nameIs("style")) {
                    assertThat(ExternalUrls.firstIn(element.data())).as(path + ": <" + element.tagName() + ">").isEmpty();
                }
            }
        }
        assertThat(ExternalUrls.firstIn(Files.readString(SITE.resolve("assets/site.css")))).isEmpty();
    }

    @Test
    void everyRiskOfTheDocument_IsListedOnThePageOfEveryElementItNames() throws IOException {
        assertThat(sources.risks().risks()).hasSizeGreaterThanOrEqualTo(25);
        for (RiskCatalog.Risk risk : sources.risks().risks()) {
            assertThat(risk.elementIdentifiers()).as("risk " + risk.number()).isNotEmpty();
            for (String identifier : risk.elementIdentifiers()) {
                String path = new SiteModel(model).pagePath(model.findByIdentifier(identifier).orElseThrow());
                org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
                assertThat(page.select("#riscos + .lista .risco").eachText()).as(path)
                        .anyMatch(text -> text.startsWith("Risco " + risk.number() + ": "));
            }
        }
    }

    @Test
    void adrPages_LinkTheDocumentsMacros_AndShowNoneAsRawText() throws IOException {
        assertThat(sources.decisions().decisions()).hasSizeGreaterThanOrEqualTo(8);
        for (DecisionCatalog.Decision decision : sources.decisions().decisions()) {
            String path = SitePages.decisionPath(decision);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
            String body = page.select(".adr").text();
            assertThat(body).as(path).doesNotContainPattern("(elemento|requisito):[A-Za-z0-9_.-]+\\[\\]").doesNotContain("Date:");
            assertThat(page.select(".adr a[href^=../elementos/]")).as(path).isNotEmpty();
        }
    }

    @Test
    void theLandingPage_QuotesChapter9sMonthlyTotals() throws IOException {
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(SITE.resolve(Companion.REFERENCE.sitePath()).toFile(), "UTF-8");
        DocumentCosts costs = DocumentCosts.read(document, "build/site/documento/referencia.html");
        String landing = org.jsoup.Jsoup.parse(SITE.resolve("index.html").toFile(), "UTF-8").select(".numeros").text();

        assertThat(landing).contains("US$ " + costs.firstMonth(), "US$ " + costs.lastMonth());
    }
}
