package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.build.FileSet;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.ErrorUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Renders PlantUML sources to {@code <key>.svg} beside {@code <key>.puml}, in process and in parallel; a view whose
 * {@code .puml} text is unchanged since the last build is not rendered again. The PNGs (only the site offers them) are
 * drawn apart, by {@link #drawMissingPngs()}: PlantUML lays a diagram out again for each format (a cold build that drew
 * none used ~18 s less CPU), and the build spends that while the document prints instead of before it.
 */
public final class DiagramRenderer {

    /** What happened to one view. */
    public enum Outcome { RENDERED, UNCHANGED }

    public record Result(String key, Outcome outcome, long millis) {
    }

    /**
     * The PNGs' file ending. A cache key over a diagrams folder leaves them out where the stage does not show them (the
     * document, the diagrams stage's own outputs): {@link #drawMissingPngs()} may be writing them meanwhile.
     */
    public static final String PNG = ".png";
    private static final String PNG_PART = PNG + ".part";
    private static final String SOURCE = ".puml";
    private static final String FAILED_SOURCE = ".failed" + SOURCE;

    private final Path outputDirectory;
    private final int threads;

    public DiagramRenderer(Path outputDirectory, int threads) {
        this.outputDirectory = outputDirectory;
        this.threads = Math.max(1, threads);
    }

    /**
     * The files a rendering of one diagram may leave in the output folder: its source (written last, the mark of a
     * complete rendering), the SVG, the PNG, and the source of a failed rendering.
     */
    public record OutputFiles(Path puml, Path svg, Path png, Path failed) {

        public static OutputFiles of(Path directory, String key) {
            return new OutputFiles(directory.resolve(key + SOURCE), directory.resolve(key + ".svg"),
                    directory.resolve(key + PNG), directory.resolve(key + FAILED_SOURCE));
        }

        public List<Path> all() {
            return List.of(puml, svg, png, failed);
        }
    }

    /**
     * The drawings a document shows from a diagrams folder, for a cache key: its files but the PNGs, which the document
     * does not show and {@link #drawMissingPngs()} may be writing meanwhile.
     */
    public static FileSet drawingsShownIn(Path directory) {
        return FileSet.topLevelOf(directory).withoutSuffix(PNG);
    }

    /** Draws each diagram's SVG (and keeps its source as {@code .puml}), removing the PNG of each one it redraws. */
    public List<Result> render(List<PlantUmlDiagram> diagrams) {
        createOutputDirectory();
        return inParallel(diagrams, this::renderOne);
    }

    /**
     * Draws {@code <key>.png} for every complete rendering in the folder ({@code <key>.puml}, directly inside it) that
     * has none, from that source: {@link #render} removes the PNG of every view it redraws, so a PNG always shows what
     * the SVG beside it shows. Each PNG is written under a temporary name and then moved into place, so an interrupted
     * build leaves no partial PNG.
     */
    public List<Result> drawMissingPngs() {
        createOutputDirectory();
        List<Path> sources;
        try (Stream<Path> files = Files.list(outputDirectory)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            for (Path part : all.stream().filter(file -> file.getFileName().toString().endsWith(PNG_PART)).toList()) {
                Files.delete(part); // left by an interrupted build
            }
            sources = all.stream().filter(DiagramRenderer::isCompleteSource)
                    .filter(puml -> !Files.isRegularFile(OutputFiles.of(outputDirectory, key(puml)).png()))
                    .toList();
        } catch (IOException e) {
            throw new BuildException(outputDirectory + ": cannot list the diagrams to draw as PNG (" + e.getMessage() + ")", e);
        }
        return inParallel(sources, this::drawPng);
    }

    private Result renderOne(PlantUmlDiagram diagram) throws IOException {
        long start = System.nanoTime();
        OutputFiles files = OutputFiles.of(outputDirectory, diagram.key());
        if (Files.isRegularFile(files.puml()) && Files.isRegularFile(files.svg())
                && Files.readString(files.puml(), StandardCharsets.UTF_8).equals(diagram.source())) {
            return new Result(diagram.key(), Outcome.UNCHANGED, elapsedMillis(start));
        }
        // Written last, so an interrupted build leaves a stale .puml that does not match and is redone.
        Files.deleteIfExists(files.puml());
        Files.deleteIfExists(files.png()); // drawn from the old source
        try {
            Files.write(files.svg(), draw(diagram, FileFormat.SVG));
        } catch (BuildException e) {
            Files.writeString(files.failed(), diagram.source(), StandardCharsets.UTF_8);
            throw e;
        }
        Files.deleteIfExists(files.failed());
        Files.writeString(files.puml(), diagram.source(), StandardCharsets.UTF_8);
        return new Result(diagram.key(), Outcome.RENDERED, elapsedMillis(start));
    }

    private Result drawPng(Path puml) throws IOException {
        long start = System.nanoTime();
        String key = key(puml);
        // the title is only the caption's, which the drawing does not show
        byte[] png = draw(new PlantUmlDiagram(key, key, Files.readString(puml, StandardCharsets.UTF_8)), FileFormat.PNG);
        Path part = outputDirectory.resolve(key + PNG_PART);
        Files.write(part, png);
        Files.move(part, OutputFiles.of(outputDirectory, key).png(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Result(key, Outcome.RENDERED, elapsedMillis(start));
    }

    private static boolean isCompleteSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SOURCE) && !name.endsWith(FAILED_SOURCE);
    }

    private static String key(Path puml) {
        String name = puml.getFileName().toString();
        return name.substring(0, name.length() - SOURCE.length());
    }

    private void createOutputDirectory() {
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new BuildException(outputDirectory + ": cannot create the diagrams folder (" + e.getMessage() + ")", e);
        }
    }

    /** A drawing task that may fail with an I/O error. */
    private interface Drawing<T> {
        Result draw(T item) throws IOException;
    }

    private <T> List<Result> inParallel(List<T> items, Drawing<T> drawing) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, items.size())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> drawing.draw(item)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders one format, failing with the PlantUML error and its line in the exported source. */
    static byte[] draw(PlantUmlDiagram diagram, FileFormat format) throws IOException {
        SourceStringReader reader = new SourceStringReader(diagram.source());
        List<BlockUml> blocks = reader.getBlocks();
        if (blocks.size() != 1) {
            throw new BuildException("View '" + diagram.key() + "': expected one PlantUML diagram, found " + blocks.size() + ".");
        }
        Diagram parsed = blocks.getFirst().getDiagram();
        if (parsed instanceof PSystemError error) {
            throw new BuildException(errorMessage(diagram, error));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reader.outputImage(out, new FileFormatOption(format).withSvgLinkTarget("_top"));
        return out.toByteArray();
    }

    private static String errorMessage(PlantUmlDiagram diagram, PSystemError error) {
        ErrorUml first = error.getFirstError();
        String line = first.getLine() != null ? first.getLine().getString().strip() : "?";
        return "View '" + diagram.key() + "': PlantUML cannot render the exported diagram: " + first.getError()
                + " (exported line: " + line + "). The exported source is kept as build/diagrams/" + diagram.key()
                + FAILED_SOURCE + "; usually an element name or property in workspace.dsl contains a character PlantUML rejects,"
                + " or an aws-icons.tsv path does not exist in awslib14.";
    }

    private static Result await(Future<Result> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("Diagram rendering was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BuildException buildException) {
                throw buildException;
            }
            throw new BuildException("Diagram rendering failed: " + e.getCause(), e.getCause());
        }
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
