package com.varsomics.archgen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import com.varsomics.archgen.document.DeliveryVolumes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The last lines of a successful build: each deliverable with where it is and how big, read from the files
 * themselves (PDF pages, slides in the deck), so the summary cannot disagree with what was written.
 */
final class BuildSummary {

    private BuildSummary() {
    }

    static void print(BuildContext context) {
        List<String> lines = lines(context.projectDirectory(), context.buildDirectory());
        if (!lines.isEmpty()) {
            System.out.println("[archgen] deliverables:");
            lines.forEach(line -> System.out.println("[archgen]   " + line));
        }
    }

    /** One line per deliverable present in the build directory, in the order a reader takes them. */
    static List<String> lines(Path projectDirectory, Path buildDirectory) {
        List<String> lines = new ArrayList<>();
        for (DeliveryVolumes volume : DeliveryVolumes.ALL) {
            Path pdf = buildDirectory.resolve(volume.pdfPath());
            add(lines, projectDirectory, pdf, () -> size(pdf) + ", " + pages(pdf) + " pages (volume " + volume.number() + ")");
            Path html = buildDirectory.resolve("site").resolve(volume.sitePath());
            add(lines, projectDirectory, html, () -> size(html));
        }
        Path deck = buildDirectory.resolve("site/slides/index.html");
        add(lines, projectDirectory, deck, () -> slides(deck) + " slides");
        Path handout = buildDirectory.resolve("pdf/slides.pdf");
        add(lines, projectDirectory, handout, () -> size(handout) + ", " + pages(handout) + " pages");
        Path site = buildDirectory.resolve("site");
        add(lines, projectDirectory, site.resolve("index.html"), () -> count(site, name -> name.endsWith(".html")) + " HTML pages in "
                + display(projectDirectory, site) + ", " + size(treeBytes(site)) + " in all");
        Path diagrams = buildDirectory.resolve("diagrams");
        add(lines, projectDirectory, diagrams, () -> countTopLevel(diagrams, ".svg") + " views as SVG, PNG and PlantUML");
        Path cdkOut = buildDirectory.resolve("cdk.out");
        add(lines, projectDirectory, cdkOut, () -> countTopLevel(cdkOut, ".template.json") + " CloudFormation templates");
        Path k8s = buildDirectory.resolve("k8s");
        add(lines, projectDirectory, k8s, () -> countTopLevel(k8s, ".yaml") + " Kubernetes overlays");
        int width = lines.stream().mapToInt(line -> line.indexOf('\t')).max().orElse(0);
        return lines.stream().map(line -> {
            int tab = line.indexOf('\t');
            return line.substring(0, tab) + " ".repeat(width - tab + 2) + line.substring(tab + 1);
        }).toList();
    }

    private static void add(List<String> lines, Path projectDirectory, Path output, Supplier<String> description) {
        if (Files.exists(output)) {
            lines.add(display(projectDirectory, output) + (Files.isDirectory(output) ? "/" : "") + "\t" + description.get());
        }
    }

    private static String display(Path projectDirectory, Path path) {
        return path.startsWith(projectDirectory) ? projectDirectory.relativize(path).toString() : path.toString();
    }

    private static String size(Path file) {
        try {
            return size(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String size(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%d KiB", (bytes + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static int pages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deck's slides: reveal.js's top-level sections. */
    private static int slides(Path deck) {
        try {
            return Jsoup.parse(deck.toFile()).select("div.slides > section").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Path directory, Predicate<String> name) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> name.test(file.getFileName().toString())).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countTopLevel(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long treeBytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
