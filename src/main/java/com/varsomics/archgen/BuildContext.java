package com.varsomics.archgen;

import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.model.ArchitectureModel;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** What the stages share: the project's folders, once loaded, the model, and which stages have run so far. */
public final class BuildContext {

    private final Path projectDirectory;
    private final Path buildDirectory;
    private ArchitectureModel model;
    private Supplier<ArchitectureModel> modelLoader;
    private DocumentOutputs documentOutputs;
    private final Set<String> completedStages = new LinkedHashSet<>();
    private boolean pdfs = true;

    public BuildContext(Path projectDirectory, Path buildDirectory) {
        this.projectDirectory = projectDirectory;
        this.buildDirectory = buildDirectory;
    }

    public Path projectDirectory() {
        return projectDirectory;
    }

    public Path buildDirectory() {
        return buildDirectory;
    }

    /** The workspace model file, {@code workspace.dsl} at the project root. */
    public Path workspaceFile() {
        return projectDirectory.resolve("workspace.dsl");
    }

    public Path diagramsDirectory() {
        return buildDirectory.resolve("diagrams");
    }

    public Path docsDirectory() {
        return projectDirectory.resolve("docs");
    }

    public Path generatedDirectory() {
        return buildDirectory.resolve("generated");
    }

    public Path siteDirectory() {
        return buildDirectory.resolve("site");
    }

    /**
     * The document as Asciidoctor converted it to one HTML file, beside the pages the site publishes
     * ({@code build/document/paginas}).
     */
    public Path documentHtml() {
        return buildDirectory.resolve("document").resolve("arquitetura.html");
    }

    /** The synthesized AWS CDK app (cloud assembly). */
    public Path cdkOutDirectory() {
        return buildDirectory.resolve("cdk.out");
    }

    /** AsciiDoc fragments generated from the CDK app, included by the document. */
    public Path generatedInfraDirectory() {
        return buildDirectory.resolve("generated").resolve("infra");
    }

    /** Configuration values read from the code, and listings extracted from it, that the deliverables include. */
    public Path factsDirectory() {
        return buildDirectory.resolve("generated").resolve("facts");
    }

    /** Where each Kustomize overlay is rendered to, as {@code <overlay>.yaml}. */
    public Path kubernetesDirectory() {
        return buildDirectory.resolve("k8s");
    }

    /** The slide deck's sources: {@code slides/apresentacao.adoc} and its theme. */
    public Path slidesDirectory() {
        return projectDirectory.resolve("slides");
    }

    /** Whether the stages print their PDFs (document, handout); the live preview first builds without them. */
    public boolean pdfs() {
        return pdfs;
    }

    /** This context, with the PDFs left out: HTML first, for the live preview. */
    public BuildContext withoutPdfs() {
        this.pdfs = false;
        return this;
    }

    public ArchitectureModel model() {
        if (model == null && modelLoader != null) {
            model = modelLoader.get();
        }
        return Objects.requireNonNull(model, "the model is loaded by the first stage");
    }

    void model(ArchitectureModel model) {
        this.model = model;
    }

    /** The model is loaded on first use: when every stage that needs it is cached, it is never parsed. */
    void lazyModel(Supplier<ArchitectureModel> loader) {
        this.modelLoader = loader;
    }

    /** What the document stage read and collected (requirements, risks), once it ran. */
    public Optional<DocumentOutputs> documentOutputs() {
        return Optional.ofNullable(documentOutputs);
    }

    void documentOutputs(DocumentOutputs outputs) {
        this.documentOutputs = outputs;
    }

    /**
     * The names of the stages that finished, in order. A later stage links to an earlier stage's output only
     * when that stage ran, so a link never depends on files left in build/ by another checkout.
     */
    public Set<String> completedStages() {
        return Collections.unmodifiableSet(completedStages);
    }

    void completed(String stageName) {
        completedStages.add(stageName);
    }
}
