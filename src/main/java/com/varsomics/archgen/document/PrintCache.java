package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.build.FileSet;
import com.varsomics.archgen.build.Fingerprint;
import com.varsomics.archgen.build.GeneratorVersion;
import com.varsomics.archgen.diagrams.DiagramRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps a volume's PDF when what it would print is unchanged, so editing one chapter prints one volume: asciidoctor-pdf
 * is most of the build (Volume 2, ~270 pages, takes longer than everything else together). A volume's print is keyed
 * by the volume as converted to HTML in the same run (every include, attribute, fact and generated fragment already
 * resolved into it), the PDF theme folder, the diagrams and the generator's version.
 * <p>
 * The HTML stands for the PDF's text only while no source is conditional on the backend ({@code ifdef::backend-pdf[]}
 * and the like): {@link #in} turns the cache off when {@code docs/} has such a line. The stamp is removed before a
 * volume is printed and written only after its PDF passed every check, so an interrupted or failed print never
 * leaves a stamp vouching for a PDF.
 */
final class PrintCache {

    private static final String BACKEND_CONDITION = "backend";

    private final Path stamps;
    private final Path projectDirectory;
    private List<Path> sharedFolders;
    private String sharedDigest;

    private PrintCache(Path stamps, Path projectDirectory) {
        this.stamps = stamps;
        this.projectDirectory = projectDirectory;
    }

    /** Prints every volume every time (fixture tests, the live preview's first pass). */
    static PrintCache none() {
        return new PrintCache(null, null);
    }

    /**
     * @param stamps           where the stamps go (under {@code build/cache})
     * @param docsDirectory    the volumes' sources, scanned for backend conditions
     * @param projectDirectory the base file names in keys are relative to
     */
    static PrintCache in(Path stamps, Path docsDirectory, Path projectDirectory) {
        Optional<Path> conditional = backendConditional(docsDirectory);
        conditional.ifPresent(file -> System.out.printf("[archgen]   %s has a backend condition: every volume is printed again%n",
                projectDirectory.relativize(file)));
        return conditional.isPresent() ? none() : new PrintCache(stamps, projectDirectory);
    }

    /** What the volume's PDF is made of, as far as this build can tell. */
    String key(DocumentRenderer.Volume volume, String convertedHtml, Path pdfTheme, Path diagramsDirectory) {
        if (stamps == null) {
            return "";
        }
        return new Fingerprint(projectDirectory)
                .value("shared", sharedInputs(pdfTheme.getParent(), diagramsDirectory))
                .value("volume " + volume.number(), convertedHtml)
                .hex();
    }

    /**
     * The digest of what every volume prints with (generator, theme folder, diagrams), taken once per pair of folders:
     * the diagrams are megabytes, and each volume's key needs them.
     */
    private String sharedInputs(Path themeDirectory, Path diagramsDirectory) {
        List<Path> folders = List.of(themeDirectory, diagramsDirectory);
        if (!folders.equals(sharedFolders)) {
            sharedDigest = new Fingerprint(projectDirectory)
                    .value("generator", GeneratorVersion.of(projectDirectory))
                    .files(FileSet.of(themeDirectory))
                    .files(DiagramRenderer.drawingsShownIn(diagramsDirectory))
                    .hex();
            sharedFolders = folders;
        }
        return sharedDigest;
    }

    /** True when the volume's PDF exists and was printed from the same key. */
    boolean fresh(DocumentRenderer.Volume volume, String key) {
        if (stamps == null || !Files.isRegularFile(volume.pdfFile())) {
            return false;
        }
        try {
            Path stamp = stamp(volume);
            return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(key);
        } catch (IOException e) {
            return false;
        }
    }

    /** Before printing: the old stamp no longer vouches for the file being rewritten. */
    void invalidate(DocumentRenderer.Volume volume) {
        if (stamps != null) {
            try {
                Files.deleteIfExists(stamp(volume));
            } catch (IOException e) {
                throw new BuildException(stamp(volume) + ": cannot remove the print stamp (" + e.getMessage() + "); delete build/cache.", e);
            }
        }
    }

    /** After the PDF passed its checks. */
    void record(DocumentRenderer.Volume volume, String key) {
        if (stamps == null) {
            return;
        }
        Path stamp = stamp(volume);
        try {
            Files.createDirectories(stamps);
            Path partial = Files.writeString(stamps.resolve(stamp.getFileName() + ".partial"), key, StandardCharsets.UTF_8);
            Files.move(partial, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BuildException(stamp + ": cannot write the print stamp (" + e.getMessage() + ").", e);
        }
    }

    private Path stamp(DocumentRenderer.Volume volume) {
        return stamps.resolve(volume.id() + ".pdf.sha256");
    }

    private static Optional<Path> backendConditional(Path docsDirectory) {
        try (Stream<Path> files = Files.walk(docsDirectory)) {
            return files.filter(file -> file.toString().endsWith(".adoc")).sorted().filter(PrintCache::hasBackendCondition).findFirst();
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException(docsDirectory + ": cannot list the document's sources (" + e.getMessage() + ").", e);
        }
    }

    private static boolean hasBackendCondition(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.matches("^(ifdef|ifndef|ifeval)::.*" + BACKEND_CONDITION + ".*"));
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }
}
