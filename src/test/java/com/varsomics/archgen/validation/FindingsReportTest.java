package com.varsomics.archgen.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsReportTest {

    @Test
    void write_GivesOneObjectPerDistinctFinding_WithTheFileAndLineItsMessageStartsWith(@TempDir Path build) throws IOException {
        Finding located = new Finding("facts.value.stale", "docs/capitulos/04-fluxos.adoc:285: says MaxConcurrency 50, but the code deploys 40.");
        Finding unlocated = new Finding("document.risk.count", "The risks table ([.riscos]) has 0 risks; the chapter needs at least 1.");

        FindingsReport.write(build.resolve("reports/findings.json"), List.of(located, unlocated, located));

        assertThat(Files.readString(build.resolve("reports/findings.json"))).isEqualToIgnoringWhitespace("""
                [ {
                  "key" : "facts.value.stale",
                  "file" : "docs/capitulos/04-fluxos.adoc",
                  "line" : 285,
                  "message" : "docs/capitulos/04-fluxos.adoc:285: says MaxConcurrency 50, but the code deploys 40."
                }, {
                  "key" : "document.risk.count",
                  "message" : "The risks table ([.riscos]) has 0 risks; the chapter needs at least 1."
                } ]
                """);
    }
}
