package com.varsomics.archgen;

import com.varsomics.archgen.build.CachePolicy;
import com.varsomics.archgen.build.StageCache;
import com.varsomics.archgen.check.FindingsReport;
import com.varsomics.archgen.check.ValidationException;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.diagrams.DiagramPngStage;
import com.varsomics.archgen.diagrams.DiagramsStage;
import com.varsomics.archgen.document.DocumentStage;
import com.varsomics.archgen.facts.FactsStage;
import com.varsomics.archgen.k8s.KubernetesStage;
import com.varsomics.archgen.model.LoadModelStage;
import com.varsomics.archgen.provisioning.InfrastructureCheckStage;
import com.varsomics.archgen.provisioning.SynthesisStage;
import com.varsomics.archgen.site.SiteStage;
import com.varsomics.archgen.slides.SlidesStage;
import com.varsomics.archgen.validation.ValidateModelStage;

import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The build's single entry point ({@code ./mvnw package} runs it): workspace.dsl → validated model → checked
 * Kubernetes overlays → the AWS CDK app synthesized to CloudFormation templates and the provisioning guide's
 * fragments → diagrams → delivery document (HTML and PDF) → slide deck (HTML and PDF handout) → reviewers' site
 * (last, so it can link what the stages before it wrote).
 * A stage starts as soon as the stages it reads from have finished ({@link #standard()} names them), so on two cores
 * the CDK synthesis runs beside the diagrams, and the deck and the diagrams' PNGs beside the document's last print.
 * A stage may also wait for a milestone inside another's run ({@link Stage#milestones()}). Each stage prints its
 * wall time, which the benchmark script reads.
 */
public final class ArchitectureBuild {

    /** Where a stage that fails a check writes its findings, for editors and CI (under the build directory). */
    public static final String FINDINGS_REPORT = "reports/findings.json";

    private final List<Stage> stages;
    /** How each cached stage is keyed, by its NAME constant; stages without a policy always run. */
    private final Map<String, CachePolicy> caching;
    /** The stages each stage waits for, by NAME; a stage not listed waits for every stage before it in the list. */
    private final Map<String, List<String>> after;
    /** Which stage reaches each milestone ({@link Stage#milestones()}). */
    private final Map<String, String> milestoneStages;
    private final List<String> completed = Collections.synchronizedList(new ArrayList<>());
    private volatile String failed;

    /** Stages run one after the other, in the order given. */
    public ArchitectureBuild(List<Stage> stages) {
        this(stages, Map.of(), Map.of());
    }

    ArchitectureBuild(List<Stage> stages, Map<String, CachePolicy> caching) {
        this(stages, caching, Map.of());
    }

    ArchitectureBuild(List<Stage> stages, Map<String, CachePolicy> caching, Map<String, List<String>> after) {
        this.stages = List.copyOf(stages);
        this.caching = Map.copyOf(caching);
        this.after = Map.copyOf(after);
        List<String> names = stageNames();
        Map<String, String> owners = new HashMap<>();
        stages.forEach(stage -> stage.milestones().forEach(milestone -> {
            String other = owners.put(milestone, stage.name());
            if (other != null || names.contains(milestone)) {
                throw new IllegalArgumentException("milestone '" + milestone + "' of stage '" + stage.name()
                        + "' is already the name of " + (other != null ? "a milestone of stage '" + other + "'" : "a stage"));
            }
        }));
        this.milestoneStages = Map.copyOf(owners);
        after.forEach((stage, before) -> before.forEach(name -> {
            String owner = milestoneStages.getOrDefault(name, name);
            if (names.indexOf(owner) < 0 || names.indexOf(owner) >= names.indexOf(stage)) {
                throw new IllegalArgumentException("stage '" + stage + "' waits for '" + name
                        + "', which is neither a stage listed before it nor a milestone of one");
            }
        }));
    }

    public static ArchitectureBuild standard() {
        AwsIconCatalog icons = AwsIconCatalog.bundled();
        return new ArchitectureBuild(List.of(
                new LoadModelStage(),
                new ValidateModelStage(icons),
                new KubernetesStage(),
                new SynthesisStage(),
                new InfrastructureCheckStage(),
                new FactsStage(),
                new DiagramsStage(icons),
                new DocumentStage(),
                new SlidesStage(icons),
                new DiagramPngStage(),
                new SiteStage()), StageCaching.standard(), Map.of(
                // what each stage reads: the typed outputs and the files under build/ that the stages named write
                ValidateModelStage.NAME, List.of(LoadModelStage.NAME),
                KubernetesStage.NAME, List.of(ValidateModelStage.NAME),
                SynthesisStage.NAME, List.of(ValidateModelStage.NAME), // the CDK app names build/k8s files, reads none
                InfrastructureCheckStage.NAME, List.of(SynthesisStage.NAME),
                FactsStage.NAME, List.of(KubernetesStage.NAME, InfrastructureCheckStage.NAME),
                DiagramsStage.NAME, List.of(ValidateModelStage.NAME),
                // it reads what the diagrams and facts stages draw; after the deck too, only so the two do not share the
                // second core (the site is the only stage that waits for it)
                DiagramPngStage.NAME, List.of(FactsStage.NAME, DiagramsStage.NAME, SlidesStage.NAME),
                DocumentStage.NAME, List.of(FactsStage.NAME, DiagramsStage.NAME),
                // it reads the facts and diagrams; it waits for the document's last print only for the CPU: until then the
                // document converts and prints on both cores (on two cores, beside it: HTML 4 s -> 8 s, loading the
                // PDF converter 4 s -> 8 s), from then on on one
                SlidesStage.NAME, List.of(FactsStage.NAME, DiagramsStage.NAME, DocumentStage.PRINTING_LAST_VOLUME),
                SiteStage.NAME, List.of(DiagramPngStage.NAME, DocumentStage.NAME, SlidesStage.NAME)));
    }

    /**
     * The stages (or milestones) the named stage waits for; without a graph, every stage listed before it. A milestone
     * waits for what its stage waits for.
     */
    List<String> waitsFor(String stage) {
        String waiting = milestoneStages.getOrDefault(stage, stage);
        return after.getOrDefault(waiting, stageNames().subList(0, stageNames().indexOf(waiting)));
    }

    /** The stage names, in the order they are listed. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /**
     * Runs every stage, each once the stages it waits for have finished. After a failure no stage starts; the ones
     * already running finish, then the first failure is thrown.
     */
    public void run(BuildContext context) {
        long total = System.nanoTime();
        failed = null;
        completed.clear();
        StageCache cache = caching.isEmpty() ? null : StageCache.of(context);
        deleteFindingsReport(context);
        Map<String, CompletableFuture<Void>> finished = new LinkedHashMap<>();
        Map<String, CompletableFuture<Void>> milestones = new HashMap<>();
        milestoneStages.keySet().forEach(milestone -> milestones.put(milestone, new CompletableFuture<>()));
        context.onMilestone(milestone -> Optional.ofNullable(milestones.get(milestone))
                .orElseThrow(() -> new IllegalStateException("no stage of this build declares the milestone '" + milestone + "'"))
                .complete(null));
        ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().name("stage-", 1).daemon().factory());
        try {
            for (Stage stage : stages) {
                CompletableFuture<?>[] before = waitsFor(stage.name()).stream()
                        .map(name -> milestones.containsKey(name) ? milestones.get(name) : finished.get(name))
                        .toArray(CompletableFuture[]::new);
                CompletableFuture<Void> run = CompletableFuture.allOf(before).thenRunAsync(() -> runTimed(stage, cache, context), threads);
                // ended, failed or never started: a milestone not reached is passed, so no stage waits for it forever
                run.whenComplete((result, failure) -> stage.milestones().forEach(milestone -> milestones.get(milestone).complete(null)));
                finished.put(stage.name(), run);
            }
            CompletableFuture.allOf(finished.values().toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        } finally {
            threads.shutdown();
            context.onMilestone(milestone -> { });
        }
        if (failed != null) {
            rethrow(finished.get(failed));
        }
        System.out.printf(Locale.ROOT, "[archgen] all stages took %d ms%n", (System.nanoTime() - total) / 1_000_000);
    }

    private void runTimed(Stage stage, StageCache cache, BuildContext context) {
        if (failed != null) {
            return; // another stage failed: start nothing new
        }
        long start = System.nanoTime();
        try {
            CachePolicy policy = caching.get(stage.name());
            if (policy == null) {
                runReportingFindings(stage, context);
            } else if (!cache.run(new ReportingFindings(stage), policy, context)) {
                System.out.printf(Locale.ROOT, "[archgen]   unchanged, skipped (%s)%n",
                        context.projectDirectory().relativize(cache.stampFile(stage.name(), policy, context)));
            }
        } catch (Throwable failure) { // JRuby and jsii can throw a checked exception no signature declares
            synchronized (this) {
                if (failed == null) {
                    failed = stage.name();
                }
            }
            if (failure instanceof RuntimeException || failure instanceof Error) {
                throw failure;
            }
            throw new UndeclaredThrowableException(failure);
        }
        completed.add(stage.name());
        System.out.printf(Locale.ROOT, "[archgen] stage '%s' took %d ms%n", stage.name(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Throws what the stage threw, as it threw it (not wrapped by the future). */
    private static void rethrow(CompletableFuture<Void> stage) {
        try {
            stage.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The stage that failed, or else the first that did not finish, for the failure line; "set-up" when none started. */
    String failedStage() {
        return failed != null ? failed : stageNames().stream().filter(name -> !completed.contains(name)).findFirst().orElse("set-up");
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
        ArchitectureBuild build = null;
        try {
            build = standard();
            build.run(context);
        } catch (RuntimeException | Error failure) {
            // One line on the console, whatever failed: an input problem says what to fix, a bug where its trace is.
            String stage = build == null ? "set-up" : build.failedStage();
            System.err.println("[archgen] BUILD FAILED: " + UnexpectedFailure.inputProblem(failure).map(Throwable::getMessage)
                    .orElseGet(() -> UnexpectedFailure.report(failure, stage, context.projectDirectory(), context.buildDirectory())));
            System.exit(1);
        }
        BuildSummary.print(context);
    }

    /** A build leaves the findings of the first stage that fails a check in {@link #FINDINGS_REPORT}, or no report. */
    private static void deleteFindingsReport(BuildContext context) {
        Path report = context.buildDirectory().resolve(FINDINGS_REPORT);
        try {
            Files.deleteIfExists(report);
        } catch (IOException e) {
            throw new BuildException(report + ": cannot remove the previous findings report (" + e.getMessage() + ").", e);
        }
    }

    private static void runReportingFindings(Stage stage, BuildContext context) {
        try {
            stage.run(context);
        } catch (ValidationException e) {
            synchronized (ArchitectureBuild.class) {
                Path report = context.buildDirectory().resolve(FINDINGS_REPORT);
                if (!Files.exists(report)) {
                    FindingsReport.write(report, e.findings());
                }
            }
            throw e;
        }
    }

    /** The stage as the cache runs it: same name, findings reported. */
    private record ReportingFindings(Stage stage) implements Stage {

        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public void run(BuildContext context) {
            runReportingFindings(stage, context);
        }
    }
}
