package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.extension.JavaExtensionRegistry;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts the delivery document ({@code docs/arquitetura.adoc}) to HTML and PDF with AsciidoctorJ.
 * Pass 1 converts to HTML only to learn which sections cite which requirement; the traceability matrix is
 * then written and the document converted for real. Any Asciidoctor warning fails the build.
 * One instance boots JRuby once (seconds) and can convert several documents.
 */
public final class DocumentRenderer implements AutoCloseable {

    /**
     * Where the inputs are and where the outputs go; a null {@code pdfFile} skips the PDF (fixture tests).
     * {@code factsDirectory} holds the values read from the code ({@code {facts-generated}}, see the facts stage).
     */
    public record Paths(Path documentSource, Path diagramsDirectory, Path generatedDirectory,
                        Path infraFragmentsDirectory, Path htmlFile, Path pdfFile, Path pdfTheme, Path factsDirectory) {

        /** Where the pages for the site go: the folder {@code paginas} beside {@code htmlFile}. */
        public Path pagesDirectory() {
            return htmlFile.resolveSibling("paginas");
        }

        /** For documents that quote no facts (fixtures): {@code {facts-generated}} is the infra folder's sibling "facts". */
        public Paths(Path documentSource, Path diagramsDirectory, Path generatedDirectory, Path infraFragmentsDirectory, Path htmlFile,
                     Path pdfFile, Path pdfTheme) {
            this(documentSource, diagramsDirectory, generatedDirectory, infraFragmentsDirectory, htmlFile, pdfFile, pdfTheme,
                    infraFragmentsDirectory.resolveSibling("facts"));
        }
    }


    private final ModelFragments fragments;
    private final Requirements requirements;
    private final Path projectDirectory;
    private final DocumentChecks checks;
    private final ArchitectureModel model;
    private DocumentOutputs outputs;
    private final DocumentReferences references = new DocumentReferences();
    private final List<LogRecord> log = new ArrayList<>();
    private final Asciidoctor asciidoctor;

    public DocumentRenderer(ArchitectureModel model, Requirements requirements, Path projectDirectory, DocumentChecks checks) {
        this.fragments = new ModelFragments(model, requirements);
        this.requirements = requirements;
        this.projectDirectory = projectDirectory;
        this.checks = checks;
        this.model = model;
        this.asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(record -> {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal() || isBrokenCrossReference(record)) {
                synchronized (log) {
                    log.add(record);
                }
            }
        });
        JavaExtensionRegistry extensions = asciidoctor.javaExtensionRegistry();
        extensions.inlineMacro(new ElementMacro(model, references, projectDirectory));
        extensions.inlineMacro(new RequirementMacro(requirements, references, projectDirectory));
        extensions.blockMacro(new DiagramMacro(model, references, projectDirectory));
        extensions.treeprocessor(new StructureCollector(references, projectDirectory));
        extensions.treeprocessor(new LandscapePages());
    }

    /** Renders HTML and PDF; fails with every problem found, each naming its file and line. */
    public void render(Paths paths) {
        references.clear();
        logFindings(paths);
        fragments.write(paths.generatedDirectory(), references);
        asciidoctor.convertFile(paths.documentSource().toFile(), options(paths, "html5", null)); // pass 1: collect citations
        fragments.write(paths.generatedDirectory(), references);

        references.clear();
        createParent(paths.htmlFile());
        String converted = asciidoctor.convertFile(paths.documentSource().toFile(), options(paths, "html5", null));
        List<Finding> findings = new ArrayList<>(checks.check(references));
        findings.addAll(logFindings(paths));
        failOn(findings);
        publish(paths, Jsoup.parse(converted));

        if (paths.pdfFile() != null) {
            references.clear();
            createParent(paths.pdfFile());
            asciidoctor.convertFile(paths.documentSource().toFile(), options(paths, "pdf", paths.pdfFile().toFile()));
            failOn(logFindings(paths));
        }
    }

    /** What the last {@link #render} read and collected, for the stages after the document's. */
    public DocumentOutputs outputs() {
        return Objects.requireNonNull(outputs, "render the document first");
    }

    /**
     * Reads what later stages need from the converted HTML (risks, sections, cost totals), gives each risk row its
     * anchor, then writes the whole HTML and its pages for the site ({@link Paths#pagesDirectory()}).
     */
    private void publish(Paths paths, Document html) {
        String displayPath = paths.htmlFile().toString();
        List<DocumentOutputs.Risk> risks = RenderedRisks.read(html, model, displayPath);
        RenderedRisks.verify(risks, references.risks(), displayPath);
        write(paths.htmlFile(), html.outerHtml());
        String volume = paths.documentSource().getFileName().toString().replaceFirst("\\.adoc$", "");
        List<DocumentOutputs.Page> pages = HtmlPages.write(List.of(new HtmlPages.Volume(volume, html)),
                new HtmlPages.Diagrams(paths.diagramsDirectory(), DocumentOutputs.DIAGRAMS_HREF), paths.pagesDirectory());
        outputs = new DocumentOutputs(requirements, risks, RenderedSections.read(html), CostTotals.read(html, displayPath), pages);
        write(paths.htmlFile().resolveSibling(DocumentOutputsJson.FILE), DocumentOutputsJson.write(outputs));
    }

    @Override
    public void close() {
        asciidoctor.close();
    }

    private static Options options(Paths paths, String backend, File toFile) {
        // no data-uri: the HTML shows the site's copies of the diagrams (HtmlPages); the PDF embeds them anyway
        Attributes attributes = Attributes.builder()
                .attribute("generated", paths.generatedDirectory().toAbsolutePath().toString())
                .attribute("infra-generated", paths.infraFragmentsDirectory().toAbsolutePath().toString())
                .attribute("facts-generated", paths.factsDirectory().toAbsolutePath().toString())
                .attribute("imagesdir", paths.diagramsDirectory().toAbsolutePath().toString())
                .attribute("webfonts!", "")
                // a misspelt {attribute} would otherwise print as-is; warning makes it fail the build like any warning
                .attribute("attribute-missing", "warn")
                .attribute("pdf-theme", paths.pdfTheme().toAbsolutePath().toString())
                .build();
        var builder = Options.builder()
                .backend(backend)
                .safe(SafeMode.UNSAFE)
                .sourcemap(true)
                .standalone(true)
                .mkDirs(true)
                .attributes(attributes);
        if (toFile == null) {
            builder.toFile(false);
        } else {
            builder.toFile(toFile);
        }
        return builder.build();
    }

    /** Asciidoctor reports a {@code <<anchor>>} with no target only at INFO level; for us it is a broken link. */
    private static boolean isBrokenCrossReference(LogRecord record) {
        return record.getMessage().startsWith(SourceCitations.BROKEN_XREF);
    }

    private List<Finding> logFindings(Paths paths) {
        synchronized (log) {
            SourceCitations sources = new SourceCitations(List.of(paths.documentSource().getParent(),
                    paths.generatedDirectory(), paths.infraFragmentsDirectory()), projectDirectory);
            List<Finding> findings = log.stream()
                    .map(record -> isBrokenCrossReference(record)
                            ? brokenCrossReference(record.getMessage().substring(SourceCitations.BROKEN_XREF.length()), sources)
                            : sources.findingOf("document.asciidoctor." + record.getSeverity().name().toLowerCase(java.util.Locale.ROOT), record))
                    .distinct()
                    .toList();
            log.clear();
            return findings;
        }
    }

    /** Asciidoctor gives no location for a broken cross-reference: find where the sources cite it. */
    private static Finding brokenCrossReference(String anchor, SourceCitations sources) {
        return sources.findingCiting("document.reference.xref", "<<" + anchor + ">> points to no anchor of the document.",
                "Fix the anchor name or add [[" + anchor + "]] where it should land.", "<<" + anchor + ">>", "<<" + anchor + ",", "xref:" + anchor + "[");
    }

    private static void failOn(List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw new ValidationException("The document has", findings);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write the document's HTML (" + e.getMessage() + ")", e);
        }
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new BuildException(file.getParent() + ": cannot create the output folder (" + e.getMessage() + ")", e);
        }
    }
}
