package com.varsomics.archgen.slides;

import com.varsomics.archgen.BuildException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints the deck to a PDF handout with headless Chromium and reveal.js's print mode ({@code ?print-pdf}): one
 * 1920×1080 page per slide followed by a page with its speaker notes, so the handout carries what the speaker says.
 * reveal.js lays the print view out over several animation frames after the page loads, and Chromium's own
 * {@code --print-to-pdf} prints at a moment of its choosing (often a single empty page); so the printer drives
 * Chromium over the DevTools protocol, waits until the print view is complete, fonts and images loaded, and then
 * calls {@code Page.printToPDF}.
 */
final class HandoutPrinter {

    private static final long STARTUP_SECONDS = 60;
    private static final long LAYOUT_SECONDS = 60;
    private static final int ATTEMPTS = 3;
    /** How many print pages reveal.js has laid out, or 0 while it, the fonts or the images are not done. */
    private static final String PRINT_VIEW_PAGES = """
            (document.readyState === 'complete' && document.fonts.status === 'loaded'
              && document.documentElement.classList.contains('print-pdf')
              && [...document.images].every(image => image.complete))
              ? document.querySelectorAll('.pdf-page').length : 0""";

    private final Path chromium;

    HandoutPrinter(Path chromium) {
        this.chromium = chromium;
    }

    /** @param minimumPages the number of slides: reveal.js prints one page per slide, plus one per slide with notes */
    void print(Path indexFile, Path pdfFile, int minimumPages) {
        int pages = 0;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            printOnce(indexFile, pdfFile);
            pages = pages(pdfFile);
            if (pages >= minimumPages) {
                return;
            }
        }
        throw new BuildException(pdfFile + ": Chromium printed " + pages + " page(s) for a deck of " + minimumPages
                + " slides in " + ATTEMPTS + " attempts. Open " + indexFile.toUri() + "?print-pdf in Chromium to see the print view.");
    }

    /** Pages of the printed PDF, read with PDFBox (its page tree, however the PDF stores its objects). */
    static int pages(Path pdfFile) {
        try (PDDocument document = Loader.loadPDF(pdfFile.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new BuildException(pdfFile + ": cannot read the printed handout (" + e.getMessage() + ")", e);
        }
    }

    private void printOnce(Path indexFile, Path pdfFile) {
        Path profile = null;
        Path log = null;
        Process process = null;
        try {
            Files.createDirectories(pdfFile.getParent());
            Files.deleteIfExists(pdfFile);
            profile = Files.createTempDirectory("archgen-chromium");
            log = Files.createTempFile("archgen-chromium", ".log");
            List<String> command = new ArrayList<>();
            command.add(chromium.toString());
            command.addAll(Chromium.HEADLESS_FLAGS);
            command.addAll(List.of("--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (DevToolsSession devtools = new DevToolsSession(endpoint(profile, process, log))) {
                String target = devtools.send(null, "Target.createTarget",
                        Map.of("url", indexFile.toAbsolutePath().toUri() + "?print-pdf&showNotes=separate-page")).path("targetId").asString();
                String session = devtools.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                        .path("sessionId").asString();
                awaitPrintView(devtools, session, indexFile);
                JsonNode pdf = devtools.send(session, "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
                Files.write(pdfFile, withFixedDates(Base64.getDecoder().decode(pdf.path("data").asString())));
            }
        } catch (IOException e) {
            throw new BuildException("Cannot print the slide handout with " + chromium + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("Interrupted while printing the slide handout.", e);
        } finally {
            stop(process);
            deleteQuietly(profile);
            if (log != null) {
                log.toFile().delete();
            }
        }
    }

    /** The browser's DevTools address, which Chromium writes to DevToolsActivePort in its profile once it listens. */
    private static URI endpoint(Path profile, Process process, Path log) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new BuildException("Chromium did not open its DevTools port within " + STARTUP_SECONDS + " s:\n"
                + Files.readString(log, StandardCharsets.UTF_8).strip());
    }

    /** Polls until reveal.js's print view has the same number of pages three times in a row. */
    private static void awaitPrintView(DevToolsSession devtools, String session, Path indexFile) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LAYOUT_SECONDS);
        int last = -1;
        int stable = 0;
        while (System.nanoTime() < deadline) {
            int pages = devtools.send(session, "Runtime.evaluate", Map.of("expression", PRINT_VIEW_PAGES, "returnByValue", true))
                    .path("result").path("value").asInt(0);
            stable = pages > 0 && pages == last ? stable + 1 : 0;
            if (stable >= 2) {
                return;
            }
            last = pages;
            Thread.sleep(250);
        }
        throw new BuildException(indexFile + "?print-pdf: reveal.js's print view was not complete after " + LAYOUT_SECONDS
                + " s (fonts, images or layout still loading).");
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A PDF date as Chromium writes it in the info dictionary: {@code (D:20261207200823+00'00')}. */
    private static final java.util.regex.Pattern PDF_DATE = java.util.regex.Pattern.compile("\\(D:\\d{14}[+\\-Z]\\d{2}'\\d{2}'\\)");
    /** The same length as any date {@link #PDF_DATE} matches, so no byte offset of the file moves. */
    private static final String FIXED_DATE = "(D:20000101000000+00'00')";

    /**
     * Chromium stamps the print time as the PDF's CreationDate and ModDate, so two builds of the same deck differ. The
     * dates are replaced in place by a fixed one of the same length: the cross-reference offsets stay valid, nothing
     * else is rewritten (re-saving with PDFBox would restructure the file and add a time-based /ID).
     */
    static byte[] withFixedDates(byte[] pdf) {
        String latin1 = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        String fixed = PDF_DATE.matcher(latin1).replaceAll(java.util.regex.Matcher.quoteReplacement(FIXED_DATE));
        return fixed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // a temporary profile left behind does no harm; a browser child still exiting may remove a file mid-walk
        }
    }
}
