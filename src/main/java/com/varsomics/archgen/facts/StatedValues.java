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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds values typed by hand in the model, the document, the ADRs and the deck that contradict the code: each pattern
 * captures the number a sentence states for a fact ({@code MaxConcurrency 50}); when it differs from the fact, the
 * build fails naming the file and line. Prose that writes {@code {max-concurrency}} instead never goes stale.
 */
public final class StatedValues {

    static final String KEY = "facts.value.stale";

    /** A whole number as pt-BR prose writes it: 50, 1.024, 2.000 (a sentence's final period is not part of it). */
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";

    /** How pt-BR prose (and the ASL listing) states each fact; group 1 is the number. */
    static final Map<String, List<Pattern>> STATEMENTS = Map.of(
            "max-concurrency", List.of(Pattern.compile("MaxConcurrency\\W{0,5}(?:de\\s+)?" + NUMBER)),
            // the per-IP ceiling; the stricter login-path rule is stated as "... por IP nos caminhos de login"
            "waf-rate-limit", List.of(Pattern.compile(NUMBER + " requisições (?:por|em|a cada) 5 min(?:utos)? por IP(?! nos caminhos)")),
            "status-queue-max-receive-count", List.of(Pattern.compile("maxReceiveCount\\W{0,5}(?:de\\s+)?" + NUMBER)),
            "batch-spot-max-vcpu", List.of(Pattern.compile(NUMBER + " vCPU Spot")),
            "batch-ondemand-max-vcpu", List.of(Pattern.compile(NUMBER + " vCPU On-Demand")),
            "job-vcpu", List.of(Pattern.compile(NUMBER + " vCPU e \\d+ GiB")),
            "job-memory-gib", List.of(Pattern.compile("\\d+ vCPU e " + NUMBER + " GiB")),
            "job-attempts", List.of(Pattern.compile(NUMBER + " tentativas só")));

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
                    for (Pattern pattern : STATEMENTS.getOrDefault(fact.attribute(), List.of())) {
                        Matcher matcher = pattern.matcher(lines.get(i));
                        while (matcher.find()) {
                            String stated = matcher.group(1);
                            if (!stated.replace(".", "").equals(fact.value().replace(".", ""))) {
                                findings.add(new Finding(KEY, Location.of(projectDirectory.relativize(file), (i + 1)),
                                        "says " + matcher.group().replace("`", "").strip() + ", but the code deploys "
                                                + fact.value() + " (" + fact.source() + ").",
                                        (file.toString().endsWith(".adoc") ? "Write {" + fact.attribute() + "} instead of the number"
                                                : "Correct the number (only AsciiDoc can quote {" + fact.attribute() + "})")
                                                + ", or change the code if the text is right."));
                            }
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** workspace.dsl, docs/capitulos/*.adoc, docs/adrs/*.md and slides/apresentacao.adoc, sorted. */
    public static List<Path> deliverableSources(Path projectDirectory) {
        List<Path> files = new ArrayList<>(List.of(projectDirectory.resolve("workspace.dsl"), projectDirectory.resolve("slides/apresentacao.adoc")));
        for (String folder : List.of("docs/capitulos", "docs/adrs")) {
            try (var listing = Files.list(projectDirectory.resolve(folder))) {
                listing.filter(f -> f.toString().endsWith(".adoc") || f.toString().endsWith(".md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new BuildException(projectDirectory.resolve(folder) + ": cannot list the folder (" + e.getMessage() + ").", e);
            }
        }
        return files.stream().filter(Files::isRegularFile).toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }
}
