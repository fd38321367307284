package com.varsomics.archgen.site;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The site's weight budget: everything under {@code build/site} but the PDFs (which are downloads, not pages) must fit
 * in {@link #BUDGET_BYTES}, so the site stays quick to open, copy and e-mail as a folder. Over budget, the finding names
 * the biggest files, which is where to look.
 */
public final class SiteWeight {

    public static final String BUDGET = "site.weight.budget";
    /** 8 MiB without PDFs. */
    public static final long BUDGET_BYTES = 8L * 1024 * 1024;
    private static final int BIGGEST = 8;

    private final long budgetBytes;

    public SiteWeight(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** @param displayRoot how the site folder is named in the finding ({@code build/site}) */
    public Optional<Finding> check(Path siteDirectory, Path displayRoot) {
        List<Weighed> files = files(siteDirectory);
        long total = files.stream().mapToLong(Weighed::bytes).sum();
        if (total <= budgetBytes) {
            return Optional.empty();
        }
        String biggest = files.stream().sorted(Comparator.comparingLong(Weighed::bytes).reversed().thenComparing(Weighed::path))
                .limit(BIGGEST)
                .map(file -> displayRoot.resolve(file.path()) + " (" + mib(file.bytes()) + ")")
                .collect(Collectors.joining(", "));
        return Optional.of(new Finding(BUDGET, Location.of(displayRoot), mib(total) + " without PDFs, over the budget of " + mib(budgetBytes)
                + ". Biggest files: " + biggest + ".", "Store each diagram once per format, ship fonts as WOFF2 only, and keep"
                + " big payloads out of the HTML (link files instead of embedding them)."));
    }

    /** Total bytes of the site without PDFs. */
    public static long bytesWithoutPdfs(Path siteDirectory) {
        return files(siteDirectory).stream().mapToLong(Weighed::bytes).sum();
    }

    private record Weighed(String path, long bytes) {
    }

    private static List<Weighed> files(Path siteDirectory) {
        try (Stream<Path> walk = Files.walk(siteDirectory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .map(file -> new Weighed(siteDirectory.relativize(file).toString().replace('\\', '/'), size(file)))
                    .toList();
        } catch (IOException e) {
            throw new BuildException(siteDirectory + ": cannot weigh the site (" + e.getMessage() + ")", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot weigh (" + e.getMessage() + ")", e);
        }
    }

    private static String mib(long bytes) {
        return bytes >= 1048576 ? String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0) : kib(bytes);
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
