package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Converts {@code docs/arquitetura.adoc} to HTML (one page per chapter for the site) and PDF, runs the document's checks and publishes
 * {@link DocumentOutputs} for the stages after it.
 */
public final class DocumentStage implements Stage {

    public static final String NAME = "render document";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        Path docs = context.docsDirectory();
        Requirements requirements = requirements(context);
        try (DocumentRenderer renderer = new DocumentRenderer(context.model(), requirements, context.projectDirectory(),
                new DocumentChecks(context.model(), requirements, DocumentChecks.Limits.DELIVERY))) {
            renderer.render(new DocumentRenderer.Paths(
                    docs.resolve("arquitetura.adoc"),
                    context.diagramsDirectory(),
                    context.generatedDirectory().resolve("model"),
                    context.generatedInfraDirectory(),
                    htmlFile(context),
                    context.pdfs() ? pdfFile(context) : null,
                    docs.resolve("tema/arquitetura-theme.yml"),
                    context.factsDirectory()));
            context.publish(DocumentOutputs.class, renderer.outputs());
        }
        System.out.printf(Locale.ROOT, "[archgen]   document -> %s (%d pages for the site), %s%n", htmlFile(context),
                context.required(DocumentOutputs.class).pages().size(), pdfFile(context));
    }

    /** The requirements of the case, {@code docs/requisitos.tsv}. */
    public static Requirements requirements(BuildContext context) {
        return Requirements.load(context.docsDirectory().resolve("requisitos.tsv"), Path.of("docs/requisitos.tsv"));
    }

    /** The document converted to one HTML file, beside its pages for the site ({@code build/document/paginas}) and its outputs as JSON. */
    public static Path htmlFile(BuildContext context) {
        return context.buildDirectory().resolve("document/arquitetura.html");
    }

    public static Path pdfFile(BuildContext context) {
        return context.buildDirectory().resolve("pdf/arquitetura.pdf");
    }
}
