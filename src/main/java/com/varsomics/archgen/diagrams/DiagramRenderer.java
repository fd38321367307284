package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders PlantUML sources to {@code <key>.svg} and {@code <key>.png} beside {@code <key>.puml}, in process
 * and in parallel; {@link #svgOnly()} leaves the PNG out where nothing offers it (the deck's drawings): PlantUML lays a
 * diagram out again for each format, and the PNGs were ~25 s of a cold build's CPU. A view whose {@code .puml} text is
 * unchanged since the last build is not rendered again.
 */
public final class DiagramRenderer {

    /** What happened to one view. */
    public enum Outcome { RENDERED, UNCHANGED }

    public record Result(String key, Outcome outcome, long millis) {
    }

    private final Path outputDirectory;
    private final int threads;
    private final boolean drawsPng;

    public DiagramRenderer(Path outputDirectory, int threads) {
        this(outputDirectory, threads, true);
    }

    private DiagramRenderer(Path outputDirectory, int threads, boolean drawsPng) {
        this.outputDirectory = outputDirectory;
        this.threads = Math.max(1, threads);
        this.drawsPng = drawsPng;
    }

    /** This renderer without the PNG files. */
    public DiagramRenderer svgOnly() {
        return new DiagramRenderer(outputDirectory, threads, false);
    }

    /**
     * The files a rendering of one diagram may leave in the output folder: its source (written last, the mark of a
     * complete rendering), the SVG, the PNG, and the source of a failed rendering.
     */
    public record OutputFiles(Path puml, Path svg, Path png, Path failed) {

        public static OutputFiles of(Path directory, String key) {
            return new OutputFiles(directory.resolve(key + ".puml"), directory.resolve(key + ".svg"),
                    directory.resolve(key + ".png"), directory.resolve(key + ".failed.puml"));
        }

        public List<Path> all() {
            return List.of(puml, svg, png, failed);
        }
    }

    public List<Result> render(List<PlantUmlDiagram> diagrams) {
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new BuildException(outputDirectory + ": cannot create the diagrams folder (" + e.getMessage() + ")", e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, diagrams.size())));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (PlantUmlDiagram diagram : diagrams) {
                futures.add(pool.submit(() -> renderOne(diagram)));
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

    private Result renderOne(PlantUmlDiagram diagram) throws IOException {
        long start = System.nanoTime();
        OutputFiles files = OutputFiles.of(outputDirectory, diagram.key());
        Path puml = files.puml();
        Path svg = files.svg();
        Path png = files.png();
        Path failed = files.failed();
        if (Files.isRegularFile(puml) && Files.isRegularFile(svg) && (!drawsPng || Files.isRegularFile(png))
                && Files.readString(puml, StandardCharsets.UTF_8).equals(diagram.source())) {
            return new Result(diagram.key(), Outcome.UNCHANGED, elapsedMillis(start));
        }
        // Written last, so an interrupted build leaves a stale .puml that does not match and is redone.
        Files.deleteIfExists(puml);
        try {
            Files.write(svg, draw(diagram, FileFormat.SVG));
            if (drawsPng) {
                Files.write(png, draw(diagram, FileFormat.PNG));
            } else {
                Files.deleteIfExists(png); // from an earlier build that still drew it
            }
        } catch (BuildException e) {
            Files.writeString(failed, diagram.source(), StandardCharsets.UTF_8);
            throw e;
        }
        Files.deleteIfExists(failed);
        Files.writeString(puml, diagram.source(), StandardCharsets.UTF_8);
        return new Result(diagram.key(), Outcome.RENDERED, elapsedMillis(start));
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
                + ".failed.puml; usually an element name or property in workspace.dsl contains a character PlantUML rejects,"
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
