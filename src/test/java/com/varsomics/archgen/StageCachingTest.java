package com.varsomics.archgen;

import com.varsomics.archgen.diagrams.DiagramsStage;
import com.varsomics.archgen.document.CostTotals;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.document.DocumentStage;
import com.varsomics.archgen.k8s.KubernetesStage;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.LoadModelStage;
import com.varsomics.archgen.provisioning.SynthesisStage;
import com.varsomics.archgen.site.SiteStage;
import com.varsomics.archgen.slides.SlidesStage;
import com.varsomics.archgen.validation.ValidateModelStage;
import com.varsomics.archgen.text.Inline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real cache policies of the standard build, on a copy of the project's sources, with fake stages: each writes
 * its declared outputs, stamped with its run number, so a test sees which outputs a given edit renewed. The real
 * stages are too slow for a unit test (minutes); the benchmark runs them.
 */
class StageCachingTest {

    private static final String MODEL = LoadModelStage.NAME;
    private static final String VALIDATION = ValidateModelStage.NAME;
    private static final String KUBERNETES = KubernetesStage.NAME;
    private static final String INFRASTRUCTURE = SynthesisStage.NAME;
    private static final String DIAGRAMS = DiagramsStage.NAME;
    private static final String DOCUMENT = DocumentStage.NAME;
    private static final String SLIDES = SlidesStage.NAME;
    private static final String SITE = SiteStage.NAME;

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final DocumentOutputs.Risk RISK = new DocumentOutputs.Risk("7", "risco-07", List.of(Inline.text("Bucket público")),
            List.of(new Inline(Inline.Kind.CODE, "BlockPublicAccess", "")), List.of(Inline.text("aws s3api get-public-access-block")),
            List.of("inputBucket"));
    private static final DocumentOutputs.Section SECTION = new DocumentOutputs.Section("custos", "9", "Capítulo 9. Custos", "Estimativa.");
    private static final CostTotals COSTS = new CostTotals("Proposta", "6.020", "7.300");

    @TempDir
    Path project;
    private BuildContext context;
    private final Map<String, Integer> runs = new LinkedHashMap<>();
    private final List<String> ranThisBuild = new ArrayList<>();
    private final List<Object> documentOutputsSeenBySite = new ArrayList<>();

    @BeforeEach
    void copyTheProjectSources() throws IOException {
        for (String path : List.of("workspace.dsl", "cdk.json", "pom.xml", "docs", "slides", "deploy", "src/main/java/com/varsomics/infra")) {
            copy(PROJECT.resolve(path), project.resolve(path));
        }
        context = null;
    }

    @Test
    void theStandardBuildCachesEveryExpensiveStageByItsRealName() {
        assertThat(ArchitectureBuild.standard().stageNames()).containsAll(StageCaching.standard().keySet());
    }

    @Test
    void nothingChangedRunsNothing() {
        build();
        assertThat(build()).isEmpty();
    }

    @Test
    void aChapterRenewsTheDocumentAndTheSiteOnly() throws IOException {
        build();
        Map<String, String> before = outputs();
        append("docs/capitulos/05-dados.adoc", "\nUma frase nova.\n");
        assertThat(build()).containsExactly(DOCUMENT, SITE);
        assertThat(changedOutputs(before)).containsExactlyInAnyOrder(
                "build/document/paginas/custos.html", "build/pdf/arquitetura.pdf", "build/document/paginas/provisionamento.html",
                "build/pdf/referencia.pdf", "build/generated/model/catalogo.adoc", "build/site/index.html");
    }

    @Test
    void theWorkspaceRenewsEveryStageThatReadsTheModel() throws IOException {
        build();
        append("workspace.dsl", "\n");
        assertThat(build()).containsExactly(MODEL, VALIDATION, KUBERNETES, DIAGRAMS, DOCUMENT, SLIDES, SITE);
    }

    @Test
    void anAdrIsPartOfTheModel() throws IOException {
        build();
        append("docs/adrs/0002-aurora-postgresql.md", "\nMais contexto.\n");
        assertThat(build()).containsExactly(MODEL, VALIDATION, KUBERNETES, DIAGRAMS, DOCUMENT, SLIDES, SITE);
    }

    @Test
    void aStageThatIsNotCachedStillGetsTheModelWhenLoadingItWasSkipped() {
        build();
        modelUser = c -> elementsSeen.add(c.model().workspace().getModel().getElements().size());
        assertThat(build()).isEmpty();
        assertThat(elementsSeen).singleElement().satisfies(count -> assertThat(count).isGreaterThan(20));
    }

    @Test
    void aCdkConstructResynthesizesAndTheDocumentFollowsOnlyWhenTheFragmentsChange() throws IOException {
        build();
        append("src/main/java/com/varsomics/infra/DataStack.java", "\n// a comment\n");
        assertThat(build()).containsExactly(INFRASTRUCTURE); // the fake writes the same fragments again

        fragmentsChange = true;
        append("cdk.json", "\n");
        assertThat(build()).containsExactly(INFRASTRUCTURE, DOCUMENT, SITE);
    }

    @Test
    void aSlideRenewsTheDeckAndTheSiteWhichStillGetsTheDocumentsRisks() throws IOException {
        build();
        documentOutputsSeenBySite.clear();
        append("slides/apresentacao.adoc", "\n");
        assertThat(build()).containsExactly(SLIDES, SITE);
        assertThat(documentOutputsSeenBySite).singleElement()
                .isInstanceOfSatisfying(DocumentOutputs.class, outputs -> {
                    assertThat(outputs.risks()).containsExactly(RISK);
                    assertThat(outputs.sections()).containsExactly(SECTION);
                    assertThat(outputs.costs()).contains(COSTS);
                    assertThat(outputs.href("custos")).contains("documento/custos.html#custos");
                    assertThat(outputs.requirements().all()).isNotEmpty();
                });
    }

    @Test
    void theSharedCostTotalsRenewTheDocumentAndTheDeck() throws IOException {
        build();
        append("docs/custos-totais.adoc", "\n");
        assertThat(build()).containsExactly(DOCUMENT, SLIDES, SITE);
    }

    @Test
    void aManifestRenewsTheKubernetesOverlaysAndTheDocumentWhichIncludesListingsFromDeploy() throws IOException {
        build();
        append("deploy/k8s/base/ingress.yaml", "\n");
        assertThat(build()).containsExactly(KUBERNETES, DOCUMENT, SITE);
    }

    @Test
    void theSlideDrawingsInsideTheDiagramsFolderDoNotRenewTheDocument() throws IOException {
        build();
        Files.writeString(project.resolve("build/diagrams/slides/extra.svg"), "<svg/>");
        // the deck's own output was touched: it is written again, and the site (which links the deck) follows
        assertThat(build()).containsExactly(SLIDES, SITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build/pdf/arquitetura.pdf", "build/pdf/referencia.pdf", "build/document/paginas/provisionamento.html"})
    void aDeletedDeliverableIsWrittenAgain(String deliverable) throws IOException {
        build();
        Files.delete(project.resolve(deliverable));
        assertThat(build()).containsExactly(DOCUMENT, SITE);
        assertThat(project.resolve(deliverable)).exists();
    }

    @Test
    void theDeckIncludesNoFileOfDocsButTheCostTotals() throws IOException {
        assertThat(includes(PROJECT.resolve("slides/apresentacao.adoc")))
                .allSatisfy(included -> assertThat(included.startsWith(PROJECT.resolve("slides"))
                        || included.equals(PROJECT.resolve("docs/custos-totais.adoc"))).as(included.toString()).isTrue());
    }

    @Test
    void theDocumentIncludesOnlyDocsDeployAndGeneratedFragments() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("docs"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".adoc")).toList()) {
                includeTargets(file).filter(target -> !target.startsWith("{generated}/") && !target.startsWith("{infra-generated}/"))
                        .map(target -> file.getParent().resolve(target).normalize())
                        .filter(included -> !included.startsWith(PROJECT.resolve("docs")) && !included.startsWith(PROJECT.resolve("deploy")))
                        .forEach(included -> outside.add(PROJECT.relativize(file) + " -> " + included));
            }
        }
        assertThat(outside).as("includes outside the document stage's inputs").isEmpty();
    }

    @Test
    void aDeploymentListingTheDocumentIncludesRenewsIt() throws IOException {
        build();
        Files.createDirectories(project.resolve("deploy/database"));
        Files.writeString(project.resolve("deploy/database/nova.sql"), "SELECT 1;\n");
        assertThat(build()).containsExactly(KUBERNETES, DOCUMENT, SITE);
    }

    private boolean fragmentsChange;
    private Consumer<BuildContext> modelUser = c -> { };
    private final List<Integer> elementsSeen = new ArrayList<>();

    /** Runs the fake build; returns the cached stages that ran. */
    private List<String> build() {
        ranThisBuild.clear();
        context = new BuildContext(project, project.resolve("build"));
        List<Stage> stages = new ArrayList<>();
        // the fakes publish what the real stages publish: the site's key names the outputs before it
        stages.add(fake(MODEL, c -> c.publishLazily(ArchitectureModel.class, () -> LoadModelStage.load(c))));
        stages.add(fake(VALIDATION, c -> { }));
        stages.add(fake("use the model, uncached", c -> modelUser.accept(c)));
        stages.add(fake(KUBERNETES, c -> write(c.kubernetesDirectory().resolve("prod.yaml"))));
        stages.add(fake(INFRASTRUCTURE, c -> {
            write(c.cdkOutDirectory().resolve("manifest.json"));
            writeText(c.generatedInfraDirectory().resolve("stacks.adoc"), fragmentsChange ? "stacks " + runs.get(INFRASTRUCTURE) : "stacks");
        }));
        stages.add(fake(DIAGRAMS, c -> writeText(c.diagramsDirectory().resolve("contexto.svg"), "<svg/>")));
        stages.add(fake(DOCUMENT, c -> {
            Path page = DocumentStage.htmlFile(c).resolveSibling("paginas/custos.html");
            write(page);
            write(c.buildDirectory().resolve("pdf/arquitetura.pdf"));
            write(page.resolveSibling("provisionamento.html"));
            write(c.buildDirectory().resolve("pdf/referencia.pdf"));
            write(c.generatedDirectory().resolve("model/catalogo.adoc"));
            c.publish(DocumentOutputs.class, new DocumentOutputs(DocumentStage.requirements(c), List.of(RISK), List.of(SECTION), Optional.of(COSTS),
                    List.of(new DocumentOutputs.Page("custos", "arquitetura", "Capítulo 9. Custos", page, List.of("custos"), List.of()))));
        }));
        stages.add(fake(SLIDES, c -> {
            write(c.siteDirectory().resolve("slides/index.html"));
            write(c.diagramsDirectory().resolve("slides/contexto.svg"));
            SlidesStage.published(c);
        }));
        stages.add(fake(SITE, c -> {
            documentOutputsSeenBySite.add(c.output(DocumentOutputs.class).orElse(null));
            write(c.siteDirectory().resolve("index.html"));
        }));
        new ArchitectureBuild(stages, StageCaching.standard()).run(context);
        return List.copyOf(ranThisBuild);
    }

    private Stage fake(String name, Consumer<BuildContext> action) {
        return Fixtures.stage(name, context -> {
            runs.merge(name, 1, Integer::sum);
            if (StageCaching.standard().containsKey(name)) {
                ranThisBuild.add(name);
            }
            action.accept(context);
        });
    }

    private void write(Path file) {
        String stage = ranThisBuild.getLast();
        writeText(file, stage + " run " + runs.get(stage));
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> outputs() throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(project.resolve("build"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(path -> !path.startsWith(project.resolve("build/cache"))).sorted().toList()) {
                contents.put(project.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private Set<String> changedOutputs(Map<String, String> before) throws IOException {
        Map<String, String> after = outputs();
        return after.keySet().stream().filter(path -> !after.get(path).equals(before.get(path)))
                .collect(java.util.stream.Collectors.toSet());
    }

    private void append(String path, String text) throws IOException {
        Files.writeString(project.resolve(path), text, java.nio.file.StandardOpenOption.APPEND);
    }

    private static List<Path> includes(Path adoc) throws IOException {
        return includeTargets(adoc).map(target -> adoc.getParent().resolve(target).normalize()).toList();
    }

    private static Stream<String> includeTargets(Path adoc) throws IOException {
        Matcher include = Pattern.compile("(?m)^include::([^\\[]+)\\[").matcher(Files.readString(adoc));
        List<String> targets = new ArrayList<>();
        while (include.find()) {
            targets.add(include.group(1));
        }
        return targets.stream();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
