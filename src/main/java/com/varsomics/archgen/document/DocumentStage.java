package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Converts the delivery's two volumes ({@code docs/arquitetura.adoc}, {@code docs/referencia.adoc}) to HTML (under
 * {@code build/document}, with one page per chapter for the site) and PDF, runs the document's checks over both and
 * publishes {@link DocumentOutputs} for the stages after it.
 */
public final class DocumentStage implements Stage {

    public static final String NAME = "render document";
    /**
     * The milestone this stage reaches when it starts its last volume's PDF: from then on it runs on one thread, so a
     * stage that waits only for the CPU may start.
     */
    public static final String PRINTING_LAST_VOLUME = NAME + ": printing its last volume";
    /** Where {@link PrintCache} keeps each volume's print stamp, under {@code build/}. */
    static final String PRINT_STAMPS = "cache/pdf";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> milestones() {
        return List.of(PRINTING_LAST_VOLUME);
    }

    @Override
    public void run(BuildContext context) {
        Path docs = context.docsDirectory();
        Requirements requirements = requirements(context);
        try (DocumentRenderer renderer = new DocumentRenderer(context.model(), requirements, context.projectDirectory(),
                new DocumentChecks(context.model(), requirements, DocumentChecks.Limits.DELIVERY))) {
            renderer.render(new DocumentRenderer.Paths(
                    volumes(context),
                    context.diagramsDirectory(),
                    context.generatedDirectory().resolve("model"),
                    context.generatedInfraDirectory(),
                    docs.resolve("tema/arquitetura-theme.yml"),
                    context.factsDirectory()), PrintCache.in(context.buildDirectory().resolve(PRINT_STAMPS), docs, context.projectDirectory()),
                    () -> context.reached(PRINTING_LAST_VOLUME));
            context.publish(DocumentOutputs.class, renderer.outputs());
        }
        volumes(context).forEach(volume -> System.out.printf(Locale.ROOT, "[archgen]   volume %d -> %s%s%n",
                volume.number(), volume.htmlFile(), volume.pdfFile() == null ? "" : ", " + volume.pdfFile()));
        System.out.printf(Locale.ROOT, "[archgen]   %d pages for the site%n", context.required(DocumentOutputs.class).pages().size());
    }

    /** The delivery's two volumes ({@link DeliveryVolumes}), their PDFs only when this build prints them. */
    public static List<DocumentRenderer.Volume> volumes(BuildContext context) {
        return DeliveryVolumes.resolve(context.docsDirectory(), context.buildDirectory(), context.pdfs());
    }

    /** The requirements of the case, {@code docs/requisitos.tsv}. */
    public static Requirements requirements(BuildContext context) {
        return Requirements.load(context.docsDirectory().resolve("requisitos.tsv"), Path.of("docs/requisitos.tsv"));
    }

    /** Volume 1's converted HTML (the proposal), beside Volume 2's, the pages for the site and the outputs as JSON. */
    public static Path htmlFile(BuildContext context) {
        return context.buildDirectory().resolve(DeliveryVolumes.PROPOSAL.htmlPath());
    }

    /** Volume 1's PDF, the file to e-mail. */
    public static Path pdfFile(BuildContext context) {
        return context.buildDirectory().resolve(DeliveryVolumes.PROPOSAL.pdfPath());
    }
}
