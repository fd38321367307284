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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts the delivery's volumes ({@code docs/arquitetura.adoc}, {@code docs/referencia.adoc}) to HTML and PDF with AsciidoctorJ.
 * Pass 1 converts to HTML only to learn which sections cite which requirement; the traceability matrix is
 * then written and the document converted for real. Any Asciidoctor warning fails the build.
 * One instance boots JRuby once (seconds) and can convert several documents.
 */
public final class DocumentRenderer implements AutoCloseable {

    /**
     * One volume of the delivery: its master file, its HTML page and its PDF (null skips the PDF). Volumes are numbered
     * from 1; number 0 is a lone document (fixtures), which has no other volume to refer to.
     */
    public record Volume(int number, Path source, Path htmlFile, Path pdfFile) {

        /** The HTML file's name without {@code .html} ({@code arquitetura}), as links between volumes name its page. */
        public String id() {
            return htmlFile.getFileName().toString().replaceFirst("\\.html$", "");
        }
    }

    /**
     * Where the inputs are and where the outputs go. {@code factsDirectory} holds the values read from the code
     * ({@code {facts-generated}}, see the facts stage). The volumes' HTML pages must share a folder: they link to
     * each other by file name.
     */
    public record Paths(List<Volume> volumes, Path diagramsDirectory, Path generatedDirectory, Path infraFragmentsDirectory,
                        Path pdfTheme, Path factsDirectory) {

        public Paths {
            volumes = List.copyOf(volumes);
        }

        /** A lone document; a null {@code pdfFile} skips the PDF (fixture tests). */
        public Paths(Path documentSource, Path diagramsDirectory, Path generatedDirectory, Path infraFragmentsDirectory,
                     Path htmlFile, Path pdfFile, Path pdfTheme, Path factsDirectory) {
            this(List.of(new Volume(0, documentSource, htmlFile, pdfFile)), diagramsDirectory, generatedDirectory,
                    infraFragmentsDirectory, pdfTheme, factsDirectory);
        }

        /** Where the pages for the site go: the folder {@code paginas} beside the volumes' HTML files. */
        public Path pagesDirectory() {
            return volumes.getFirst().htmlFile().resolveSibling("paginas");
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
    private final Volumes volumes = new Volumes();
    private final List<LogRecord> log = new ArrayList<>();
    private final Asciidoctor asciidoctor;
    private boolean pdfConverterLoaded;

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
        extensions.inlineMacro(new ElementMacro(model, references, projectDirectory, volumes));
        extensions.inlineMacro(new VolumeMacro(1, volumes, references, projectDirectory));
        extensions.inlineMacro(new VolumeMacro(2, volumes, references, projectDirectory));
        extensions.inlineMacro(new RequirementMacro(requirements, references, projectDirectory));
        extensions.blockMacro(new DiagramMacro(model, references, projectDirectory));
        extensions.treeprocessor(new StructureCollector(references, projectDirectory));
        extensions.treeprocessor(new LandscapePages());
        extensions.treeprocessor(volumes.collector());
        // after the collectors, so the risk rows they collect for the site carry no zero-width spaces
        extensions.treeprocessor(new IdentifierBreakPoints());
    }

    /**
     * Renders every volume to HTML, checks them together (an element documented in either volume is documented), then
     * renders the PDFs; fails with every problem found, each naming its file and line.
     */
    public void render(Paths paths) {
        render(paths, PrintCache.none(), () -> { });
    }

    /**
     * As {@link #render(Paths)}, keeping each volume's PDF that {@code prints} says is unchanged, and running
     * {@code printingLastVolume} as the last PDF to print starts, or once the HTML is written when no PDF is printed.
     */
    void render(Paths paths, PrintCache prints, Runnable printingLastVolume) {
        references.clear();
        logFindings(paths);
        Map<Integer, String> pages = new TreeMap<>();
        paths.volumes().stream().filter(volume -> volume.number() > 0)
                .forEach(volume -> pages.put(volume.number(), volume.htmlFile().getFileName().toString()));
        volumes.declare(pages);
        writeFragments(paths);
        for (Volume volume : paths.volumes()) { // pass 1: collect citations, top risks and each volume's anchors
            convert(paths, volume, "html5", null);
        }
        writeFragments(paths);

        references.clear();
        List<HtmlPages.Volume> converted = new ArrayList<>();
        Map<Volume, String> printKeys = new HashMap<>();
        for (Volume volume : paths.volumes()) {
            String html = convert(paths, volume, "html5", null);
            converted.add(new HtmlPages.Volume(volume.id(), Jsoup.parse(html)));
            if (volume.pdfFile() != null) {
                printKeys.put(volume, prints.key(volume, html, paths.pdfTheme(), paths.diagramsDirectory()));
            }
        }
        List<Finding> findings = new ArrayList<>(checks.check(references));
        findings.addAll(logFindings(paths));
        failOn(findings);
        publish(paths, converted);

        List<Volume> printed = new ArrayList<>();
        for (Volume volume : paths.volumes()) {
            if (volume.pdfFile() == null) {
                continue;
            }
            if (prints.fresh(volume, printKeys.get(volume))) {
                System.out.printf(java.util.Locale.ROOT, "[archgen]   volume %d unchanged since it was printed: %s kept%n",
                        volume.number(), volume.pdfFile().getFileName());
            } else {
                printed.add(volume);
            }
        }
        if (printed.isEmpty()) {
            printingLastVolume.run();
        } else {
            loadPdfConverter();
            references.clear();
            for (Volume volume : printed) {
                if (volume == printed.getLast()) {
                    printingLastVolume.run();
                }
                prints.invalidate(volume);
                createParent(volume.pdfFile());
                convert(paths, volume, "pdf", volume.pdfFile().toFile());
            }
            failOn(logFindings(paths));
            for (Volume volume : printed) {
                checkLayout(volume.pdfFile(), paths.pdfTheme());
                prints.record(volume, printKeys.get(volume));
            }
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
     * asciidoctor-pdf with the project's converter ({@code document/pdf-converter.rb}: no widow or orphan line, a cheaper heading probe),
     * loaded on the first PDF so HTML-only conversions never pay for loading the PDF converter. Not on a thread of its
     * own beside the HTML conversion: asciidoctor-pdf prepends modules to Asciidoctor's classes, and one build in two
     * failed when that happened while a tree processor walked the document (JRuby read a block's {@code @blocks} as nil).
     */
    private void loadPdfConverter() {
        if (pdfConverterLoaded) {
            return;
        }
        try (InputStream converter = DocumentRenderer.class.getResourceAsStream("/document/pdf-converter.rb")) {
            asciidoctor.rubyExtensionRegistry().requireLibrary("asciidoctor-pdf").loadClass(converter);
        } catch (IOException e) {
            throw new BuildException("cannot load the project's PDF converter (" + e.getMessage() + ")", e);
        }
        pdfConverterLoaded = true;
    }

    private void writeFragments(Paths paths) {
        fragments.write(paths.generatedDirectory(), references);
        TopRisks.write(paths.generatedDirectory(), references);
    }

    /** @return the converted text when {@code toFile} is null */
    private String convert(Paths paths, Volume volume, String backend, File toFile) {
        references.startVolume();
        return asciidoctor.convertFile(volume.source().toFile(), options(paths, volume, backend, toFile));
    }

    /** What the last {@link #render} read and collected, for the stages after the document's. */
    public DocumentOutputs outputs() {
        return Objects.requireNonNull(outputs, "render the document first");
    }

    /**
     * Reads what later stages need from the converted HTML of every volume (risks, sections, cost totals), gives each
     * risk row its anchor, then writes each volume's whole HTML and the pages for the site ({@link Paths#pagesDirectory()}).
     */
    private void publish(Paths paths, List<HtmlPages.Volume> converted) {
        List<DocumentOutputs.Risk> risks = new ArrayList<>();
        List<DocumentOutputs.Section> sections = new ArrayList<>();
        Optional<CostTotals> costs = Optional.empty();
        for (int i = 0; i < converted.size(); i++) {
            Path htmlFile = paths.volumes().get(i).htmlFile();
            Document html = converted.get(i).html();
            String displayPath = htmlFile.toString();
            risks.addAll(RenderedRisks.read(html, model, displayPath));
            sections.addAll(RenderedSections.read(html));
            if (costs.isEmpty()) {
                costs = CostTotals.read(html, displayPath);
            }
            createParent(htmlFile);
            write(htmlFile, html.outerHtml());
        }
        RenderedRisks.verify(risks, references.risks(), paths.pagesDirectory().getParent().toString());
        List<DocumentOutputs.Page> pages = HtmlPages.write(converted,
                new HtmlPages.Diagrams(paths.diagramsDirectory(), DocumentOutputs.DIAGRAMS_HREF), paths.pagesDirectory());
        outputs = new DocumentOutputs(requirements, risks, sections, costs, pages);
        write(paths.pagesDirectory().resolveSibling(DocumentOutputsJson.FILE), DocumentOutputsJson.write(outputs));
    }

    @Override
    public void close() {
        asciidoctor.close();
    }

    private static Options options(Paths paths, Volume volume, String backend, File toFile) {
        // no data-uri: the HTML shows the site's copies of the diagrams (HtmlPages); the PDF embeds them anyway
        Attributes attributes = Attributes.builder()
                .attribute(Volumes.VOLUME_ATTRIBUTE, volume.number() > 0 ? String.valueOf(volume.number()) : "")
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
            List<Path> folders = new ArrayList<>(paths.volumes().stream().map(volume -> volume.source().getParent()).distinct().toList());
            folders.addAll(List.of(paths.generatedDirectory(), paths.infraFragmentsDirectory()));
            SourceCitations sources = new SourceCitations(folders, projectDirectory);
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
