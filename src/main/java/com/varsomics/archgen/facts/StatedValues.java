package com.varsomics.archgen.facts;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.check.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values typed by hand in the model, the document, the ADRs and the deck that contradict the code: each pattern
 * captures the number a sentence states for a fact ({@code MaxConcurrency 50}); when it differs from the fact, the
 * build fails naming the file and line. Prose that writes {@code {max-concurrency}} instead never goes stale.
 */
public final class StatedValues {

    static final String KEY = "facts.value.stale";

    private StatedValues() {
    }

    /**
     * @param projectDirectory the files are named relative to it
     * @param files            the texts to search: workspace.dsl, chapters, ADRs, the deck
     */
    public static List<Finding> findings(List<Fact> facts, Path projectDirectory, List<Path> files) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                for (Fact fact : facts) {
                    String stale = staleStatement(lines.get(i), fact);
                    if (stale != null) {
                        findings.add(new Finding(KEY, Location.of(projectDirectory.relativize(file), i + 1),
                                "says " + stale + ", but the code deploys " + fact.value() + " (" + fact.source() + ").",
                                (file.toString().endsWith(".adoc") ? "Write {" + fact.attribute() + "} instead of the number"
                                        : "Correct the number (only AsciiDoc can quote {" + fact.attribute() + "})")
                                        + ", or change the code if the text is right."));
                    }
                }
            }
        }
        return findings;
    }

    /** The first statement of the fact on the line that types another value, or null: one finding per line and fact. */
    private static String staleStatement(String line, Fact fact) {
        for (Pattern pattern : FactStatements.BY_ATTRIBUTE.getOrDefault(fact.attribute(), List.of())) {
            Matcher matcher = pattern.matcher(line);
            while (matcher.find()) {
                if (!matcher.group(1).replace(".", "").equals(fact.value().replace(".", ""))) {
                    return quoted(matcher);
                }
            }
        }
        return null;
    }

    /** workspace.dsl, the deck, docs/proposta/*.adoc, docs/capitulos/*.adoc and docs/adrs/*.md. */
    public static List<Path> deliverableSources(Path projectDirectory) {
        List<Path> files = new ArrayList<>(List.of(projectDirectory.resolve("workspace.dsl"), projectDirectory.resolve("slides/apresentacao.adoc")));
        for (String folder : List.of("docs/proposta", "docs/capitulos", "docs/adrs")) {
            if (!Files.isDirectory(projectDirectory.resolve(folder))) {
                continue;
            }
            try (var listing = Files.list(projectDirectory.resolve(folder))) {
                listing.filter(f -> f.toString().endsWith(".adoc") || f.toString().endsWith(".md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new BuildException(projectDirectory.resolve(folder) + ": cannot list the folder (" + e.getMessage() + ").", e);
            }
        }
        return files.stream().filter(Files::isRegularFile).toList();
    }

    /** The statement as typed, its last 60 characters when longer (the number ends it or sits near its end). */
    private static String quoted(Matcher matcher) {
        String text = matcher.group().replace("`", "").strip();
        return text.length() <= 60 ? text : "…" + text.substring(text.length() - 60).strip();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }
}
