package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints the deck to a PDF handout with headless Chromium and reveal.js's print mode ({@code ?print-pdf}): one
 * 1920×1080 page per slide followed by a page with its speaker notes, so the handout carries what the speaker says.
 */
final class HandoutPrinter {

    private static final long TIMEOUT_SECONDS = 180;
    /** Virtual time for reveal.js to lay out the print view and load fonts and images before Chromium prints. */
    private static final String LAYOUT_BUDGET_MS = "20000";

    private final Path chromium;

    HandoutPrinter(Path chromium) {
        this.chromium = chromium;
    }

    void print(Path indexFile, Path pdfFile) {
        Path profile = null;
        try {
            Files.createDirectories(pdfFile.getParent());
            Files.deleteIfExists(pdfFile);
            profile = Files.createTempDirectory("archgen-chromium");
            List<String> command = new ArrayList<>();
            command.add(chromium.toString());
            command.addAll(Chromium.HEADLESS_FLAGS);
            command.addAll(List.of("--user-data-dir=" + profile, "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                    "--virtual-time-budget=" + LAYOUT_BUDGET_MS, "--print-to-pdf=" + pdfFile.toAbsolutePath(),
                    indexFile.toAbsolutePath().toUri() + "?print-pdf&showNotes=separate-page"));
            Path log = profile.resolve("chromium.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BuildException("Chromium did not print " + pdfFile + " within " + TIMEOUT_SECONDS + " s.");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdfFile) || Files.size(pdfFile) == 0) {
                throw new BuildException("Chromium could not print " + pdfFile + " (exit " + process.exitValue() + "):\n"
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            throw new BuildException("Cannot print the slide handout with " + chromium + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("Interrupted while printing the slide handout.", e);
        } finally {
            deleteQuietly(profile);
        }
    }

    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind does no harm
        }
    }
}
