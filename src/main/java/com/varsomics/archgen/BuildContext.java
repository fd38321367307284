package com.varsomics.archgen;

import com.varsomics.archgen.model.ArchitectureModel;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the stages share: the project's folders and the typed outputs of the stages that ran so far. Stages that do
 * not depend on each other run at the same time ({@link ArchitectureBuild}), so the outputs are safe to share.
 */
public final class BuildContext {

    private final Path projectDirectory;
    private final Path buildDirectory;
    private final Map<Class<?>, Supplier<?>> outputs = new ConcurrentHashMap<>();
    private boolean pdfs = true;
    private volatile Consumer<String> milestones = milestone -> { };

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

    /** The model the first stage loaded (see {@link #output(Class)}). */
    public ArchitectureModel model() {
        return required(ArchitectureModel.class);
    }

    /**
     * Hands a stage's typed output to the stages after it (the model, {@code DocumentOutputs}, …): a later stage
     * reads what an earlier one produced through its output type, never through the stage's name or its files.
     */
    public <T> void publish(Class<T> type, T output) {
        Objects.requireNonNull(output, type.getSimpleName());
        outputs.put(type, () -> output);
    }

    /** Publishes an output made on first use: when every stage that needs the model is cached, it is never parsed. */
    public <T> void publishLazily(Class<T> type, Supplier<T> loader) {
        Object[] made = new Object[1];
        outputs.put(type, () -> {
            synchronized (made) { // two stages may ask for it at once: made once
                if (made[0] == null) {
                    made[0] = Objects.requireNonNull(loader.get(), type.getSimpleName());
                }
                return made[0];
            }
        });
    }

    /** What an earlier stage of this build produced, if one did. */
    public <T> Optional<T> output(Class<T> type) {
        return Optional.ofNullable(outputs.get(type)).map(output -> type.cast(output.get()));
    }

    /** What an earlier stage must have produced; a stage order that breaks this is a bug of the build. */
    public <T> T required(Class<T> type) {
        return output(type).orElseThrow(() -> new IllegalStateException("no stage before this one produced a " + type.getSimpleName()));
    }

    /**
     * The output types published so far, by name (the order stages finish in may vary). A later stage links to an
     * earlier stage's output only when that stage ran, so a link never depends on files left in build/ by another checkout.
     */
    public Set<Class<?>> published() {
        Set<Class<?>> types = new TreeSet<>(Comparator.comparing(Class::getName));
        types.addAll(outputs.keySet());
        return types;
    }

    /**
     * Tells the build that the running stage reached one of its {@link Stage#milestones()}, so the stages waiting for
     * it may start; outside a build (a stage run on its own) it does nothing.
     */
    public void reached(String milestone) {
        milestones.accept(milestone);
    }

    /** Where {@link #reached} reports, for the build that runs the stages ({@link ArchitectureBuild}). */
    void onMilestone(Consumer<String> listener) {
        milestones = listener;
    }
}
