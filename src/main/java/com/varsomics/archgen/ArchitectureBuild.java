package com.varsomics.archgen;

import com.varsomics.archgen.build.CachePolicy;
import com.varsomics.archgen.build.StageCache;
import com.varsomics.archgen.check.FindingsReport;
import com.varsomics.archgen.check.ValidationException;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** How each cached stage is keyed, by its NAME constant; stages without a policy always run. */
    private final Map<String, CachePolicy> caching;
    private final List<String> completed = new ArrayList<>();

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
                new LoadModelStage(),
                new ValidateModelStage(icons),
                new KubernetesStage(),
                new SynthesisStage(),
                new InfrastructureCheckStage(),
                new FactsStage(),
                new DiagramsStage(icons),
                new DocumentStage(),
                new SlidesStage(icons),
                new SiteStage()), StageCaching.standard());
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
                runReportingFindings(stage, context);
            } else if (!cache.run(new ReportingFindings(stage), policy, context)) {
                System.out.printf(Locale.ROOT, "[archgen]   unchanged, skipped (%s)%n",
                        context.projectDirectory().relativize(cache.stampFile(stage.name(), policy, context)));
            }
            completed.add(stage.name());
            System.out.printf(Locale.ROOT, "[archgen] stage '%s' took %d ms%n", stage.name(), (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "[archgen] all stages took %d ms%n", (System.nanoTime() - total) / 1_000_000);
    }

    /** The stage that did not finish, for the failure line; "set-up" when none started. */
    String failedStage() {
        return stageNames().stream().filter(name -> !completed.contains(name)).findFirst().orElse("set-up");
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

    /** Every stage that fails a check leaves its findings in {@link #FINDINGS_REPORT}, and only the last failure's. */
    private static void runReportingFindings(Stage stage, BuildContext context) {
        Path report = context.buildDirectory().resolve(FINDINGS_REPORT);
        try {
            Files.deleteIfExists(report);
            stage.run(context);
        } catch (ValidationException e) {
            FindingsReport.write(report, e.findings());
            throw e;
        } catch (IOException e) {
            throw new BuildException(report + ": cannot remove the previous findings report (" + e.getMessage() + ").", e);
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
