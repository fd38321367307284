package com.varsomics.archgen;

import com.varsomics.archgen.build.CachePolicy;
import com.varsomics.archgen.build.StageCache;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.diagrams.DiagramExporter;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.document.DocumentChecks;
import com.varsomics.archgen.document.DocumentRenderer;
import com.varsomics.archgen.document.Requirements;
import com.varsomics.archgen.facts.FactsStage;
import com.varsomics.archgen.provisioning.CloudAssemblyReader;
import com.varsomics.archgen.provisioning.InfrastructureChecks;
import com.varsomics.archgen.provisioning.InfrastructureSynthesis;
import com.varsomics.archgen.k8s.KubernetesOverlays;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.WorkspaceLoader;
import com.varsomics.archgen.site.ReviewersSite;
import com.varsomics.archgen.site.SiteLinkChecker;
import com.varsomics.archgen.slides.DeckLimits;
import com.varsomics.archgen.slides.SlideDeck;
import com.varsomics.archgen.check.FindingsReport;
import com.varsomics.archgen.validation.ModelValidator;
import com.varsomics.archgen.check.ValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The build's single entry point ({@code ./mvnw package} runs it): workspace.dsl → validated model → checked
 * Kubernetes overlays → the AWS CDK app synthesized to CloudFormation templates and the provisioning guide's
 * fragments → diagrams → delivery document (HTML and PDF) → slide deck (HTML and PDF handout) → reviewers' site
 * (last, so it can link what the stages before it wrote).
 * Each stage prints its wall time, which the benchmark script reads.
 */
public final class ArchitectureBuild {

    /** Where a stage that fails a check writes its findings, for editors and CI (under the build directory). */
    public static final String FINDINGS_REPORT = "reports/findings.json";

    private final List<Stage> stages;
    /** How each cached stage is keyed, by stage name; stages without a policy always run. */
    private final Map<String, CachePolicy> caching;

    public ArchitectureBuild(List<Stage> stages) {
        this(stages, Map.of());
    }

    ArchitectureBuild(List<Stage> stages, Map<String, CachePolicy> caching) {
        this.stages = List.copyOf(stages);
        this.caching = Map.copyOf(caching);
    }

    public static ArchitectureBuild standard() {
        AwsIconCatalog icons = AwsIconCatalog.bundled();
        return new ArchitectureBuild(List.of(
                stage("load model", context -> context.model(loadModel(context))),
                stage("validate model", context -> ModelValidator.standard(icons).validate(context.model())),
                stage("render kubernetes overlays", context -> {
                    var written = new KubernetesOverlays(context.projectDirectory(), context.kubernetesDirectory())
                            .renderAndCheck(context.model());
                    System.out.printf(Locale.ROOT, "[archgen]   %d overlays rendered and checked -> %s%n",
                            written.size(), context.kubernetesDirectory());
                }),
                stage("synthesize infrastructure", InfrastructureSynthesis::run),
                stage("check infrastructure", context -> InfrastructureChecks.verify(context.model(),
                        new CloudAssemblyReader(context.cdkOutDirectory()), context.projectDirectory().resolve("cdk.json"), Path.of("cdk.json"))),
                stage("extract facts", FactsStage::run),
                stage("render diagrams", context -> {
                    var diagrams = new DiagramExporter(icons).export(context.model());
                    var results = new DiagramRenderer(context.diagramsDirectory(), Runtime.getRuntime().availableProcessors())
                            .render(diagrams);
                    long rendered = results.stream().filter(r -> r.outcome() == DiagramRenderer.Outcome.RENDERED).count();
                    System.out.printf(Locale.ROOT, "[archgen]   %d views: %d rendered, %d unchanged -> %s%n",
                            results.size(), rendered, results.size() - rendered, context.diagramsDirectory());
                }),
                stage("render document", context -> {
                    Path docs = context.docsDirectory();
                    Requirements requirements = requirements(context);
                    try (DocumentRenderer renderer = new DocumentRenderer(context.model(), requirements, context.projectDirectory(),
                            new DocumentChecks(context.model(), requirements, DocumentChecks.Limits.DELIVERY))) {
                        renderer.render(new DocumentRenderer.Paths(
                                docs.resolve("arquitetura.adoc"),
                                context.diagramsDirectory(),
                                context.generatedDirectory().resolve("model"),
                                context.generatedInfraDirectory(),
                                context.siteDirectory().resolve("documento/index.html"),
                                context.pdfs() ? context.buildDirectory().resolve("pdf/arquitetura.pdf") : null,
                                docs.resolve("tema/arquitetura-theme.yml"),
                                context.factsDirectory()));
                        context.documentOutputs(renderer.outputs());
                    }
                    System.out.printf(Locale.ROOT, "[archgen]   document -> %s, %s%n",
                            context.siteDirectory().resolve("documento/index.html"), context.buildDirectory().resolve("pdf/arquitetura.pdf"));
                }),
                stage("render slides", context -> {
                    Path deck = context.siteDirectory().resolve("slides");
                    try (SlideDeck slides = new SlideDeck(context.model(), icons, context.projectDirectory(), DeckLimits.INTERVIEW)) {
                        SlideDeck.Result result = slides.render(new SlideDeck.Paths(
                                context.slidesDirectory().resolve("apresentacao.adoc"),
                                context.slidesDirectory().resolve("tema"),
                                deck,
                                context.diagramsDirectory().resolve("slides"),
                                context.buildDirectory().resolve("cache/npm"),
                                context.pdfs() ? context.buildDirectory().resolve("pdf/slides.pdf") : null,
                                context.factsDirectory()));
                        System.out.printf(Locale.ROOT, "[archgen]   %d main slides, %s (%d s), %d backups; %d diagrams rendered -> %s%n",
                                result.mainSlides(), result.totalTime(), result.totalSeconds(),
                                result.slides().size() - result.mainSlides(), result.diagramsRendered(), deck.resolve("index.html"));
                        System.out.printf(Locale.ROOT, "[archgen]   handout -> %s%n", result.pdf().map(Path::toString)
                                .orElse("skipped: no Chromium (install Debian's chromium, or set CHROMIUM)"));
                    }
                }),
                stage("render site", context -> {
                    ReviewersSite.Sources sources = ReviewersSite.Sources.of(context);
                    ReviewersSite.Result site = new ReviewersSite(sources).render(context.siteDirectory());
                    new SiteLinkChecker(context.siteDirectory(), context.projectDirectory().relativize(context.siteDirectory())).verify(site);
                    System.out.printf(Locale.ROOT, "[archgen]   %d pages, %d files, %.1f MiB, links checked -> %s%n",
                            site.pages().size(), site.files(), site.bytes() / 1048576.0, context.siteDirectory().resolve("index.html"));
                    sources.companions().pending().forEach(companion -> System.out.printf(Locale.ROOT,
                            "[archgen]   pending: %s (stage '%s' is not part of this build yet)%n", companion.label(), companion.producedBy()));
                })), StageCaching.standard());
    }

    static ArchitectureModel loadModel(BuildContext context) {
        return WorkspaceLoader.load(context.workspaceFile(), Path.of("workspace.dsl"));
    }

    /** The requirements of the case, {@code docs/requisitos.tsv}. */
    static Requirements requirements(BuildContext context) {
        return Requirements.load(context.docsDirectory().resolve("requisitos.tsv"), Path.of("docs/requisitos.tsv"));
    }

    /** The stage names, in the order they run. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public void run(BuildContext context) {
        long total = System.nanoTime();
        StageCache cache = caching.isEmpty() ? null : StageCache.of(context);
        for (Stage stage : stages) {
            long start = System.nanoTime();
            CachePolicy policy = caching.get(stage.name());
            if (policy == null) {
                stage.run(context);
            } else if (!cache.run(stage, policy, context)) {
                System.out.printf(Locale.ROOT, "[archgen]   unchanged, skipped (%s)%n",
                        context.projectDirectory().relativize(cache.stampFile(stage.name(), policy, context)));
            }
            context.completed(stage.name());
            System.out.printf(Locale.ROOT, "[archgen] stage '%s' took %d ms%n", stage.name(), (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "[archgen] all stages took %d ms%n", (System.nanoTime() - total) / 1_000_000);
    }

    /**
     * @param args the project directory and the build directory
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ArchitectureBuild <projectDirectory> <buildDirectory>");
            System.exit(2);
        }
        BuildContext context = new BuildContext(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        List<String> stageNames = List.of();
        try {
            ArchitectureBuild build = standard();
            stageNames = build.stageNames();
            build.run(context);
        } catch (RuntimeException | Error failure) {
            // One line on the console, whatever failed: an input problem says what to fix, a bug where its trace is.
            String stage = stageNames.stream().filter(name -> !context.completedStages().contains(name)).findFirst().orElse("set-up");
            System.err.println("[archgen] BUILD FAILED: " + UnexpectedFailure.inputProblem(failure).map(Throwable::getMessage)
                    .orElseGet(() -> UnexpectedFailure.report(failure, stage, context.projectDirectory(), context.buildDirectory())));
            System.exit(1);
        }
        BuildSummary.print(context);
    }

    private static Stage stage(String name, java.util.function.Consumer<BuildContext> action) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(BuildContext context) {
                Path report = context.buildDirectory().resolve(FINDINGS_REPORT);
                try {
                    Files.deleteIfExists(report);
                    action.accept(context);
                } catch (ValidationException e) {
                    FindingsReport.write(report, e.findings());
                    throw e;
                } catch (IOException e) {
                    throw new BuildException(report + ": cannot remove the previous findings report (" + e.getMessage() + ").", e);
                }
            }
        };
    }
}
