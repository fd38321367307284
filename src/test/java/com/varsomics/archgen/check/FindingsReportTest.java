package com.varsomics.archgen.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsReportTest {

    private final Finding located = new Finding("facts.value.stale", new Location("docs/capitulos/04-fluxos.adoc", 285),
            "says MaxConcurrency 50, but the code deploys 40.", "Write {workflow-max-concurrency} instead of the number.");
    private final Finding unlocated = new Finding("document.risk.count", Location.NONE,
            "The risks table ([.riscos]) has 0 risks; the chapter needs at least 1.", "");
    private final Finding fileOnly = new Finding("infra.stack.element", Location.of("cdk.out"), "stack 'Edge' deploys no element.", "Name one.");

    @Test
    void write_GivesOneObjectPerDistinctFinding_WithFileLineMessageAndRemedy(@TempDir Path build) throws IOException {
        FindingsReport.write(build.resolve("reports/findings.json"), List.of(located, unlocated, located, fileOnly));

        assertThat(Files.readString(build.resolve("reports/findings.json"))).isEqualToIgnoringWhitespace("""
                [ {
                  "key" : "facts.value.stale",
                  "file" : "docs/capitulos/04-fluxos.adoc",
                  "line" : 285,
                  "message" : "says MaxConcurrency 50, but the code deploys 40.",
                  "remedy" : "Write {workflow-max-concurrency} instead of the number."
                }, {
                  "key" : "document.risk.count",
                  "message" : "The risks table ([.riscos]) has 0 risks; the chapter needs at least 1.",
                  "remedy" : ""
                }, {
                  "key" : "infra.stack.element",
                  "file" : "cdk.out",
                  "message" : "stack 'Edge' deploys no element.",
                  "remedy" : "Name one."
                } ]
                """);
    }

    @Test
    void toString_ReadsLikeACompilerMessage_LocationMessageRemedyAndKey() {
        assertThat(located).hasToString("docs/capitulos/04-fluxos.adoc:285: says MaxConcurrency 50, but the code deploys 40. "
                + "Write {workflow-max-concurrency} instead of the number. [facts.value.stale]");
        assertThat(unlocated).hasToString("The risks table ([.riscos]) has 0 risks; the chapter needs at least 1. [document.risk.count]");
        assertThat(fileOnly).hasToString("cdk.out: stack 'Edge' deploys no element. Name one. [infra.stack.element]");
    }
}
