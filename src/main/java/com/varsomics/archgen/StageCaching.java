package com.varsomics.archgen;

import com.varsomics.archgen.build.CachePolicy;
import com.varsomics.archgen.build.FileSet;
import com.varsomics.archgen.build.Fingerprint;
import com.varsomics.archgen.build.GeneratorVersion;
import com.varsomics.archgen.document.DeliveryVolumes;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.diagrams.DiagramsStage;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.document.DocumentOutputsJson;
import com.varsomics.archgen.document.DocumentStage;
import com.varsomics.archgen.facts.StateDiagram;
import com.varsomics.archgen.k8s.KubernetesStage;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.LoadModelStage;
import com.varsomics.archgen.provisioning.SynthesisStage;
import com.varsomics.archgen.site.SiteStage;
import com.varsomics.archgen.slides.SlidesStage;
import com.varsomics.archgen.validation.ValidateModelStage;
import com.varsomics.archgen.slides.Chromium;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What each cached stage of {@link ArchitectureBuild#standard()} reads and writes, keyed by the stage's NAME. A skipped "load
 * model" leaves the model to be parsed on first use, so a build where every stage is cached never parses it; a
 * skipped "validate model" passed on the very same model and generator. A stage not listed here always runs.
 * Each list is what the stage's code opens (see the tests that edit each kind of input): a stage keyed on too little
 * would serve a stale output. Where a stage reads what other stages generate ({@code build/generated}), the whole
 * folder is an input, so a generator stage added later cannot leave it stale.
 */
final class StageCaching {

    private StageCaching() {
    }

    static Map<String, CachePolicy> standard() {
        return Map.of(
                LoadModelStage.NAME, CachePolicy.of(StageCaching::model, context -> List.of())
                        .withState(context -> "", (context, state) -> context.publishLazily(ArchitectureModel.class, () -> LoadModelStage.load(context))),
                ValidateModelStage.NAME, CachePolicy.of(StageCaching::model, context -> List.of()),
                KubernetesStage.NAME, CachePolicy.of(
                        (context, key) -> model(context, key).files(FileSet.of(project(context, "deploy"))),
                        context -> List.of(FileSet.of(context.kubernetesDirectory()))),
                SynthesisStage.NAME, CachePolicy.of(
                        (context, key) -> {
                            key.files(FileSet.of(project(context, "cdk.json")))
                                    .files(FileSet.of(project(context, "src/main/java").resolve(GeneratorVersion.CDK_APP_CLASSES)));
                            GeneratorVersion.cdkAppClassesDigest().ifPresent(digest -> key.value("cdk app classes", digest));
                            // the app reads CDK_DEFAULT_ACCOUNT; the CDK itself reads other CDK_* variables
                            new TreeMap<>(System.getenv()).forEach((name, value) -> {
                                if (name.startsWith("CDK_")) {
                                    key.value("environment " + name, value);
                                }
                            });
                        },
                        context -> List.of(FileSet.of(context.cdkOutDirectory()), FileSet.of(context.generatedInfraDirectory()))),
                DiagramsStage.NAME, CachePolicy.of(
                        StageCaching::model,
                        // not the state diagram the facts stage draws there, maybe while this stage runs, nor the PNGs
                        context -> List.of(new FileSet(context.diagramsDirectory(), true,
                                DiagramRenderer.OutputFiles.of(context.diagramsDirectory(), StateDiagram.KEY).all()).withoutSuffix(DiagramRenderer.PNG))),
                DocumentStage.NAME, CachePolicy.of(
                        (context, key) -> model(context, key)
                                .value("pdfs", String.valueOf(context.pdfs()))
                                .files(FileSet.of(context.docsDirectory()))
                                // listings the chapters include from the deployment sources (e.g. deploy/database/*.sql)
                                .files(FileSet.of(project(context, "deploy")))
                                .files(DiagramRenderer.drawingsShownIn(context.diagramsDirectory()))
                                // every fragment other stages generate, except the ones this stage writes itself
                                .files(FileSet.except(context.generatedDirectory(), modelFragments(context))),
                        context -> documentOutputs(context))
                        .withVariant(StageCaching::variant)
                        .withState(
                                context -> context.output(DocumentOutputs.class).map(DocumentOutputsJson::write).orElse(""),
                                (context, state) -> {
                                    if (!state.isEmpty()) {
                                        context.publish(DocumentOutputs.class, DocumentOutputsJson.read(state, DocumentStage.requirements(context)));
                                    }
                                }),
                SlidesStage.NAME, CachePolicy.of(
                        (context, key) -> model(context, key)
                                .files(FileSet.of(context.slidesDirectory()))
                                // the only file of docs/ the deck includes (the cost totals it shares with the document)
                                .files(FileSet.of(context.docsDirectory().resolve("custos-totais.adoc")))
                                // the values the deck quotes from the code (MaxConcurrency, vCPU ceilings, controls counts…)
                                .files(FileSet.of(context.factsDirectory()))
                                .value("pdfs", String.valueOf(context.pdfs()))
                                .value("chromium", Chromium.binary().map(Path::toString).orElse("")),
                        context -> withPdf(context, SlidesStage.pdfFile(context),
                                FileSet.of(SlidesStage.deckDirectory(context)),
                                FileSet.of(context.diagramsDirectory().resolve("slides"))))
                        .withVariant(StageCaching::variant)
                        .withState(context -> "", (context, state) -> SlidesStage.published(context)),
                SiteStage.NAME, CachePolicy.of(
                        (context, key) -> withAll(model(context, key)
                                .value("outputs before", context.published().stream().map(Class::getName).collect(Collectors.joining(",")))
                                .files(FileSet.of(context.docsDirectory()))
                                .files(FileSet.topLevelOf(context.diagramsDirectory())), volumeFiles(context, true))
                                .files(FileSet.of(context.siteDirectory().resolve("slides"))),
                        context -> List.of(FileSet.except(context.siteDirectory(), context.siteDirectory().resolve("slides")))));
    }

    /** The live preview's first build leaves the PDFs out; it keeps its own stamps, so the full build's stay valid. */
    private static String variant(BuildContext context) {
        return context.pdfs() ? "" : "html";
    }

    /** The outputs, plus the PDF when this build prints it. */
    private static List<FileSet> withPdf(BuildContext context, Path pdf, FileSet... outputs) {
        List<FileSet> all = new ArrayList<>(List.of(outputs));
        if (context.pdfs()) {
            all.add(FileSet.of(pdf));
        }
        return all;
    }

    /** The model: workspace.dsl and the ADR folder it imports with {@code !adrs}. */
    private static Fingerprint model(BuildContext context, Fingerprint key) {
        return key.files(FileSet.of(context.workspaceFile())).files(FileSet.of(context.docsDirectory().resolve("adrs")));
    }

    private static Path project(BuildContext context, String path) {
        return context.projectDirectory().resolve(path);
    }

    private static Path modelFragments(BuildContext context) {
        return context.generatedDirectory().resolve("model");
    }

    private static Fingerprint withAll(Fingerprint key, List<FileSet> files) {
        files.forEach(key::files);
        return key;
    }

    /** Both volumes' HTML (and the site's pages made of it) and PDFs, and the fragments the document stage writes. */
    private static List<FileSet> documentOutputs(BuildContext context) {
        List<FileSet> all = new ArrayList<>(volumeFiles(context, context.pdfs()));
        all.add(FileSet.of(modelFragments(context)));
        return all;
    }

    /**
     * The folder of the volumes' converted HTML (with the pages for the site and the outputs as JSON), and with
     * {@code pdfs} each volume's PDF (DeliveryVolumes says where).
     */
    private static List<FileSet> volumeFiles(BuildContext context, boolean pdfs) {
        List<FileSet> files = new ArrayList<>(List.of(FileSet.of(DocumentStage.htmlFile(context).getParent())));
        for (DeliveryVolumes volume : DeliveryVolumes.ALL) {
            if (pdfs) {
                files.add(FileSet.of(context.buildDirectory().resolve(volume.pdfPath())));
            }
        }
        return files;
    }
}
