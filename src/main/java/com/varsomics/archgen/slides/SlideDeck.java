package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.npm.NpmPackageCache;
import com.varsomics.archgen.document.SourceCitations;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The slides stage: converts the deck ({@code slides/apresentacao.adoc}) with asciidoctor-revealjs into a
 * self-contained folder (index.html, pinned reveal.js, theme, fonts, diagrams drawn from the model), checks its
 * source (timing, notes, order) and its output (files, remote URLs, diagram legibility), and prints a PDF handout
 * when Chromium is installed. All findings are reported at once, each with file:line and what to do.
 * One instance boots JRuby once (seconds) and can convert several decks.
 */
public final class SlideDeck implements AutoCloseable {

    /**
     * @param source            the deck's AsciiDoc
     * @param themeDirectory    copied into the deck as {@code tema/} (the custom CSS)
     * @param deckDirectory     the output folder, emptied first; index.html lands there
     * @param diagramsDirectory where the slide-style drawings are rendered ({@code build/diagrams/slides})
     * @param npmCache          where the pinned npm tarballs are kept
     * @param pdfFile           the handout, or null to skip it
     * @param factsDirectory    the facts read from the code ({@code build/generated/facts}), the deck's {@code {facts-generated}}
     */
    public record Paths(Path source, Path themeDirectory, Path deckDirectory, Path diagramsDirectory, Path npmCache, Path pdfFile,
                        Path factsDirectory) {

        /** For decks that quote no facts (fixtures). */
        public Paths(Path source, Path themeDirectory, Path deckDirectory, Path diagramsDirectory, Path npmCache, Path pdfFile) {
            this(source, themeDirectory, deckDirectory, diagramsDirectory, npmCache, pdfFile, null);
        }
    }

    /** What the stage produced, for the build log. */
    public record Result(List<Slide> slides, long diagramsRendered, Optional<Path> pdf) {

        public int mainSlides() {
            return DeckRule.mainSlides(slides).size();
        }

        public int totalSeconds() {
            return DeckDurationRule.totalSeconds(slides);
        }

        public String totalTime() {
            return DeckDurationRule.clock(totalSeconds());
        }
    }

    private final ArchitectureModel model;
    private final AwsIconCatalog icons;
    private final Path projectDirectory;
    private final DeckChecks checks;
    private final List<OutputRule> outputRules = List.of(new LocalFileRule(), new RemoteUrlRule(), new DiagramLegibilityRule());
    private final DeckOutline outline = new DeckOutline();
    private final List<LogRecord> log = new ArrayList<>();
    private final Asciidoctor asciidoctor;
    private final DeckSource source;

    public SlideDeck(ArchitectureModel model, AwsIconCatalog icons, Path projectDirectory, DeckLimits limits) {
        this.model = model;
        this.icons = icons;
        this.projectDirectory = projectDirectory.toAbsolutePath();
        this.checks = DeckChecks.standard(limits);
        this.source = new DeckSource(this.projectDirectory);
        this.asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.requireLibrary("asciidoctor-revealjs");
        asciidoctor.registerLogHandler(record -> {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                synchronized (log) {
                    log.add(record);
                }
            }
        });
        var extensions = asciidoctor.javaExtensionRegistry();
        extensions.treeprocessor(new SlideCollector(outline, source));
        extensions.blockMacro(new DiagramMacro(model, outline, source));
        extensions.blockMacro(new StepsMacro(model, outline, source));
        extensions.postprocessor(new SlideSectionsPostprocessor(outline));
    }

    public Result render(Paths paths) {
        Conversion conversion = convert(paths.source(), paths.deckDirectory(), paths.factsDirectory());
        List<Finding> findings = new ArrayList<>(conversion.findings());

        new SlideVendor(new NpmPackageCache(paths.npmCache())).writeTo(paths.deckDirectory());
        copyTheme(paths.themeDirectory(), paths.deckDirectory().resolve("tema"));
        long rendered = new SlideDiagrams(model, icons, paths.diagramsDirectory()).renderInto(outline.diagrams(), paths.deckDirectory());

        BuiltDeck deck = new BuiltDeck(paths.deckDirectory(), projectDirectory, outline.diagrams());
        for (OutputRule rule : outputRules) {
            findings.addAll(rule.check(deck));
        }
        if (!findings.isEmpty()) {
            throw new ValidationException("The slide deck has", findings);
        }
        Optional<Path> pdf = Optional.empty();
        if (paths.pdfFile() != null) {
            Optional<Path> chromium = Chromium.binary();
            if (chromium.isPresent()) {
                new HandoutPrinter(chromium.get()).print(paths.deckDirectory().resolve("index.html"), paths.pdfFile(),
                        conversion.slides().size());
                pdf = Optional.of(paths.pdfFile());
            }
        }
        return new Result(conversion.slides(), rendered, pdf);
    }

    /** The slides a conversion found and the problems in the deck's source (timing, notes, order, references). */
    record Conversion(List<Slide> slides, List<Finding> findings) {
    }

    /**
     * Converts the source into {@code deckDirectory/index.html} (emptying the folder first) and checks the source,
     * without the vendored files, diagrams or handout: what a render starts with, and what the fixture tests run.
     */
    Conversion convert(Path sourceFile, Path deckDirectory) {
        return convert(sourceFile, deckDirectory, null);
    }

    private Conversion convert(Path sourceFile, Path deckDirectory, Path factsDirectory) {
        outline.clear();
        synchronized (log) {
            log.clear();
        }
        source.deck(sourceFile);
        if (!Files.isRegularFile(sourceFile)) {
            throw new BuildException(sourceFile + ": the slide deck source is missing. It is the AsciiDoc the slides stage converts.");
        }
        recreate(deckDirectory);
        asciidoctor.convertFile(sourceFile.toFile(), options(deckDirectory.resolve("index.html"), factsDirectory));

        List<Finding> findings = new ArrayList<>(logFindings(new SourceCitations(List.of(sourceFile.toAbsolutePath().getParent()), projectDirectory)));
        findings.addAll(outline.unresolved());
        findings.addAll(checks.check(outline.slides(), source));
        return new Conversion(outline.slides(), findings);
    }

    @Override
    public void close() {
        asciidoctor.close();
    }

    /** The attributes the deck cannot do without; everything else is set in the deck's header. */
    private Options options(Path index, Path factsDirectory) {
        var attributes = Attributes.builder()
                // reveal.js from the deck's own folder, never the converter's CDN default
                .attribute("revealjsdir", SlideVendor.REVEAL_JS_FOLDER)
                // backups carry no data-timing and so count 0 s in the speaker view's pacing
                .attribute("revealjs_defaulttiming", "0")
                // the zoom plugin is not bundled
                .attribute("revealjs_plugin_zoom", "disabled")
                // the title slide is the first section ([.capa]), so it is timed and has notes like any other
                .attribute("noheader", "")
                // a misspelt {attribute} (the cost totals come from docs/custos-totais.adoc) fails instead of printing as-is
                .attribute("attribute-missing", "warn");
        if (factsDirectory != null) {
            attributes.attribute("facts-generated", factsDirectory.toAbsolutePath().toString());
        }
        return Options.builder()
                .backend("revealjs")
                .safe(SafeMode.UNSAFE)
                .sourcemap(true)
                .mkDirs(true)
                .toFile(index.toFile())
                .attributes(attributes.build())
                .build();
    }

    private List<Finding> logFindings(SourceCitations sources) {
        synchronized (log) {
            return log.stream()
                    .map(record -> sources.findingOf("slides.asciidoctor." + record.getSeverity().name().toLowerCase(Locale.ROOT), record))
                    .distinct()
                    .toList();
        }
    }

    private static void recreate(Path directory) {
        HandoutPrinter.deleteQuietly(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new BuildException(directory + ": cannot create the deck folder (" + e.getMessage() + ")", e);
        }
    }

    private static void copyTheme(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            throw new BuildException(from + ": the deck's theme folder is missing (custom CSS referenced by :customcss:).");
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BuildException(from + ": cannot copy the theme into the deck (" + e.getMessage() + ")", e);
        }
    }
}
