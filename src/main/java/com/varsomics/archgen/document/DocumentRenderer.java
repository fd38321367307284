package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.document.layout.PdfLayoutChecks;
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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    private final DocumentReferences references = new DocumentReferences();
    private final List<LogRecord> log = new ArrayList<>();
    private final Asciidoctor asciidoctor;
    private boolean pdfConverterLoaded;

    public DocumentRenderer(ArchitectureModel model, Requirements requirements, Path projectDirectory, DocumentChecks checks) {
        this.fragments = new ModelFragments(model, requirements);
        this.requirements = requirements;
        this.projectDirectory = projectDirectory;
        this.checks = checks;
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
        // after StructureCollector, so the risk rows it collects for the site carry no zero-width spaces
        extensions.treeprocessor(new IdentifierBreakPoints());
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
        asciidoctor.convertFile(paths.documentSource().toFile(), options(paths, "html5", paths.htmlFile().toFile()));
        List<Finding> findings = new ArrayList<>(checks.check(references));
        findings.addAll(logFindings(paths));
        failOn(findings);

        if (paths.pdfFile() != null) {
            loadPdfConverter();
            references.clear();
            createParent(paths.pdfFile());
            asciidoctor.convertFile(paths.documentSource().toFile(), options(paths, "pdf", paths.pdfFile().toFile()));
            failOn(logFindings(paths));
            checkLayout(paths.pdfFile(), paths.pdfTheme());
        }
    }

    /**
     * Fails on every layout defect of a PDF the stage wrote ({@link PdfLayoutChecks}): call it for each volume.
     * Findings name the file relative to the project, as the build prints it.
     */
    public void checkLayout(Path pdf, Path theme) {
        Path absolute = pdf.toAbsolutePath();
        String name = absolute.startsWith(projectDirectory.toAbsolutePath())
                ? projectDirectory.toAbsolutePath().relativize(absolute).toString() : pdf.toString();
        long start = System.nanoTime();
        int pages = new PdfLayoutChecks(theme).verify(pdf, name);
        System.out.printf(java.util.Locale.ROOT, "[archgen]   layout of %s checked: %d pages in %.1f s%n", name, pages,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * asciidoctor-pdf with the project's paragraph rule ({@code document/paragraph-lines.rb}: no widow or orphan line),
     * loaded on the first PDF so HTML-only conversions never pay for loading the PDF converter.
     */
    private void loadPdfConverter() {
        if (pdfConverterLoaded) {
            return;
        }
        try (InputStream converter = DocumentRenderer.class.getResourceAsStream("/document/paragraph-lines.rb")) {
            asciidoctor.rubyExtensionRegistry().requireLibrary("asciidoctor-pdf").loadClass(converter);
        } catch (IOException e) {
            throw new BuildException("cannot load the PDF converter's paragraph rule (" + e.getMessage() + ")", e);
        }
        pdfConverterLoaded = true;
    }

    /** What the last {@link #render} read and collected, for the stages after the document's. */
    public DocumentOutputs outputs() {
        return new DocumentOutputs(requirements, references.risks());
    }

    @Override
    public void close() {
        asciidoctor.close();
    }

    private static Options options(Paths paths, String backend, File toFile) {
        Attributes attributes = Attributes.builder()
                .attribute("generated", paths.generatedDirectory().toAbsolutePath().toString())
                .attribute("infra-generated", paths.infraFragmentsDirectory().toAbsolutePath().toString())
                .attribute("facts-generated", paths.factsDirectory().toAbsolutePath().toString())
                .attribute("imagesdir", paths.diagramsDirectory().toAbsolutePath().toString())
                .attribute("webfonts!", "")
                // a misspelt {attribute} would otherwise print as-is; warning makes it fail the build like any warning
                .attribute("attribute-missing", "warn")
                .attribute("data-uri", "")
                .attribute("pdf-theme", paths.pdfTheme().toAbsolutePath().toString())
                .build();
        var builder = Options.builder()
                .backend(backend)
                .safe(SafeMode.UNSAFE)
                .sourcemap(true)
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

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new BuildException(file.getParent() + ": cannot create the output folder (" + e.getMessage() + ")", e);
        }
    }
}
