package com.varsomics.archgen.facts;

import com.varsomics.archgen.provisioning.CloudAssemblyReader;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise on the real deliverable sources: a value changed in the code reaches the document and the deck
 * through its attribute, and every line that still types the old value (the model, the ADRs, listings) is named by the
 * build. Runs on {@code build/cdk.out} and {@code build/k8s}, which {@code ./mvnw package} wrote.
 */
class StatedValuesIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void today_NoSourceTypesAValueTheCodeDoesNotDeploy() {
        assertThat(StatedValues.findings(facts(BUILD.resolve("cdk.out")), PROJECT, StatedValues.deliverableSources(PROJECT))).isEmpty();
    }

    @Test
    void changingFourValuesInTheTemplates_ChangesTheAttributes_AndNamesEveryLineThatStillTypesTheOldOne(@TempDir Path temp) throws IOException {
        Path cdkOut = Files.createDirectories(temp.resolve("cdk.out"));
        try (Stream<Path> templates = Files.list(BUILD.resolve("cdk.out"))) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".template.json")).toList()) {
                Files.copy(template, cdkOut.resolve(template.getFileName()));
            }
        }
        replace(cdkOut.resolve("Proteomics-Workflow.template.json"), "\\\"MaxConcurrency\\\":50,", "\\\"MaxConcurrency\\\":40,");
        replace(cdkOut.resolve("Proteomics-Compute.template.json"), "\"Type\": \"VCPU\",\n       \"Value\": \"4\"", "\"Type\": \"VCPU\",\n       \"Value\": \"6\"");
        replace(cdkOut.resolve("Proteomics-Edge.template.json"), "\"Limit\": 20000,", "\"Limit\": 15000,");
        replace(cdkOut.resolve("Proteomics-Data.template.json"), "\"BackupRetentionPeriod\": 35,", "\"BackupRetentionPeriod\": 30,");
        List<Fact> facts = facts(cdkOut);

        FactsFiles.write(temp.resolve("facts"), facts, new CloudAssemblyReader(cdkOut).templates());
        List<Finding> findings = StatedValues.findings(facts, PROJECT, StatedValues.deliverableSources(PROJECT));

        assertThat(Files.readString(temp.resolve("facts").resolve(FactsFiles.ATTRIBUTES)))
                .contains(":max-concurrency: 40\n", ":job-vcpu: 6\n", ":waf-rate-limit: 15.000\n", ":aurora-pitr-days: 30\n");
        // The oracle: lines that type the old number next to the words that name the fact, found without the check's patterns.
        assertThat(linesOf(findings, "max-concurrency")).isEqualTo(typing(line -> line.matches(".*MaxConcurrency\\W{0,3}50\\b.*")))
                .isNotEmpty();
        assertThat(linesOf(findings, "job-vcpu")).isEqualTo(typing(line -> line.matches(".*\\b4 vCPU.*")
                && !line.matches(".*(xlarge|nós EKS|do cluster).*")));
        assertThat(linesOf(findings, "waf-rate-limit")).isEqualTo(typing(line -> line.matches(".*\\b20\\.?000\\b.*"))).isNotEmpty();
        assertThat(linesOf(findings, "aurora-pitr-days")).isEqualTo(typing(line -> line.matches(".*PITR[^.;|]{0,25}(?<!1 a )\\b35 dias.*")))
                .isNotEmpty();
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.key()).isEqualTo(StatedValues.KEY);
            assertThat(finding.location().toString()).matches("(workspace\\.dsl|docs/adrs/[^:]+\\.md|docs/(capitulos|proposta)/[^:]+\\.adoc|slides/apresentacao\\.adoc):\\d+");
            assertThat(finding.message()).startsWith("says ");
        });
    }

    /** {@code file:line} of the findings about one attribute. */
    private static Set<String> linesOf(List<Finding> findings, String attribute) {
        return findings.stream().filter(f -> f.remedy().contains("{" + attribute + "}"))
                .map(f -> f.location().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code file:line} of the source lines, outside AsciiDoc attribute references, that the predicate accepts. */
    private static Set<String> typing(Predicate<String> typesTheOldValue) throws IOException {
        Set<String> lines = new TreeSet<>();
        for (Path file : StatedValues.deliverableSources(PROJECT)) {
            List<String> text = Files.readAllLines(file);
            for (int i = 0; i < text.size(); i++) {
                if (typesTheOldValue.test(text.get(i))) {
                    lines.add(PROJECT.relativize(file) + ":" + (i + 1));
                }
            }
        }
        return lines;
    }

    private static List<Fact> facts(Path cdkOut) {
        return FactsTest.facts(cdkOut, BUILD.resolve("k8s"));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        FactsTest.replace(file, from, to);
    }
}
