package com.varsomics.archgen.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.diagrams.PlantUmlDiagram;
import com.varsomics.archgen.provisioning.CloudAssemblyReader;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * facts/cdk-out holds the resources of the real templates the deliverables quote (trimmed to the properties read);
 * facts/k8s two rendered overlays; facts/textos a chapter that writes attributes and one that types the numbers.
 */
class FactsTest {

    private static final Path FIXTURE = fixture();

    @Test
    void everyFact_IsReadFromTheTemplates_AndTheRenderedOverlays() {
        Map<String, String> facts = byAttribute(FIXTURE.resolve("cdk-out"));

        assertThat(facts).containsAllEntriesOf(Map.ofEntries(
                Map.entry("input-expiration-days", "365"), Map.entry("input-noncurrent-days", "7"), Map.entry("input-abort-multipart-days", "7"),
                Map.entry("results-ia-days", "30"), Map.entry("results-glacier-ir-days", "90"), Map.entry("results-expiration-days", "1.827"),
                Map.entry("aurora-pitr-days", "35"), Map.entry("backup-daily-days", "35"), Map.entry("backup-monthly-days", "1.827"),
                Map.entry("max-concurrency", "50"), Map.entry("state-machine-timeout-hours", "24"),
                Map.entry("job-vcpu", "4"), Map.entry("job-memory-gib", "16"), Map.entry("job-timeout-hours", "4"), Map.entry("job-attempts", "3"),
                Map.entry("batch-spot-max-vcpu", "1.024"), Map.entry("batch-ondemand-max-vcpu", "256"),
                Map.entry("status-queue-visibility-seconds", "120"), Map.entry("status-queue-retention-days", "14"),
                Map.entry("status-queue-max-receive-count", "5"), Map.entry("waf-rate-limit", "2.000"), Map.entry("waf-rate-window-minutes", "5"),
                Map.entry("waf-rate-limit-login", "300"), Map.entry("waf-rate-limit-session", "1.000"),
                Map.entry("log-retention-days", "90"), Map.entry("eks-version", "1.35"),
                Map.entry("hpa-api-min", "3"), Map.entry("hpa-api-max", "30"), Map.entry("hpa-api-min-staging", "2"), Map.entry("hpa-api-max-staging", "6"),
                Map.entry("upload-url-expiry-minutes", "15"), Map.entry("upload-part-size-mib", "32")));
    }

    /** The promise: change a value in the code and every text either follows it or fails naming its line. */
    @Test
    void changingThreeValuesInTheCode_ChangesTheAttributes_AndNamesEveryLineThatStillTypesTheOldValue(@TempDir Path temp) throws IOException {
        Path cdkOut = copy(FIXTURE.resolve("cdk-out"), temp.resolve("cdk-out"));
        replace(cdkOut.resolve("Proteomics-Workflow.template.json"), "\\\"MaxConcurrency\\\":50", "\\\"MaxConcurrency\\\":40");
        replace(cdkOut.resolve("Proteomics-Edge.template.json"), "\"Limit\": 2000", "\"Limit\": 1500");
        replace(cdkOut.resolve("Proteomics-Workflow.template.json"), "\"maxReceiveCount\": 5", "\"maxReceiveCount\": 3");
        List<Fact> facts = facts(cdkOut);
        Map<String, JsonNode> templates = new CloudAssemblyReader(cdkOut).templates();

        FactsFiles.write(temp.resolve("facts"), facts, templates);
        List<Finding> stale = StatedValues.findings(facts, FIXTURE, List.of(FIXTURE.resolve("textos/capitulo.adoc"), FIXTURE.resolve("textos/desatualizado.adoc")));

        assertThat(Files.readString(temp.resolve("facts/fatos.adoc")))
                .contains(":max-concurrency: 40\n", ":waf-rate-limit: 1.500\n", ":status-queue-max-receive-count: 3\n");
        assertThat(Files.readString(temp.resolve("facts").resolve(FactsFiles.STATE_MACHINE))).contains("\"MaxConcurrency\" : 40");
        assertThat(stale).extracting(finding -> finding.location().toString(), Finding::message, Finding::remedy).containsExactly(
                tuple("textos/desatualizado.adoc:3", "says MaxConcurrency 50, but the code deploys 40 (Proteomics-Workflow/AnalysisStateMachine).",
                        "Write {max-concurrency} instead of the number, or change the code if the text is right."),
                tuple("textos/desatualizado.adoc:4", "says 2.000 requisições por 5 min por IP, but the code deploys 1.500 (Proteomics-Edge/WebAcl).",
                        "Write {waf-rate-limit} instead of the number, or change the code if the text is right."),
                tuple("textos/desatualizado.adoc:5", "says maxReceiveCount 5, but the code deploys 3 (Proteomics-Workflow/StatusQueue).",
                        "Write {status-queue-max-receive-count} instead of the number, or change the code if the text is right."));
        assertThat(stale).extracting(Finding::key).containsOnly(StatedValues.KEY);
    }

    @Test
    void theAslListing_IsTheSynthesizedDefinition_WithReadablePlaceholders_AndFitsThePdfWidth() {
        String asl = Facts.analysisStateMachine(new CloudAssemblyReader(FIXTURE.resolve("cdk-out")).templates()).pretty();

        assertThat(asl).contains("\"Type\" : \"Map\"", "\"MaxConcurrency\" : 50", "arn:aws:states:::batch:submitJob.sync",
                "${AnalysisQueueJobQueueArn}", "${AnalysisFailuresTopic}", "\"JitterStrategy\" : \"FULL\"");
        assertThat(asl.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(110));
    }

    @Test
    void theStateDiagram_DrawsEveryState_TheMapsProcessor_RetryAndCatch(@TempDir Path diagrams) throws IOException {
        PlantUmlDiagram diagram = StateDiagram.of(Facts.analysisStateMachine(new CloudAssemblyReader(FIXTURE.resolve("cdk-out")).templates()), "Análise");

        assertThat(diagram.source()).contains(
                "state \"Uma análise por proteína\" as s1", "s1 : DISTRIBUTED, MaxConcurrency 50", "state s1 {",
                "s1_1 : Task batch:submitJob.sync", "s1_1 : Retry Batch.AWSBatchException, Batch.TooManyRequestsException: 3×, 30 s, ×2",
                ": Catch States.ALL");
        new DiagramRenderer(diagrams, 1).render(List.of(diagram));
        assertThat(Files.readString(diagrams.resolve(StateDiagram.KEY + ".svg"))).contains("Analisar proteína", "Notificar falha");
    }

    private static Map<String, String> byAttribute(Path cdkOut) {
        return facts(cdkOut).stream().collect(Collectors.toMap(Fact::attribute, Fact::value));
    }

    private static List<Fact> facts(Path cdkOut) {
        List<Fact> facts = new java.util.ArrayList<>(Facts.fromTemplates(new CloudAssemblyReader(cdkOut).templates()));
        facts.addAll(ManifestFacts.read(FIXTURE.resolve("k8s"), List.of("prod", "staging")));
        return facts;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static Path fixture() {
        try {
            return Path.of(FactsTest.class.getResource("/facts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
