package com.varsomics.archgen.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes what the deliverables include from {@code build/generated/facts}: {@code fatos.adoc} (one attribute per fact,
 * each with where it was read) and the listings extracted from the templates (the analysis state machine's ASL, the
 * input and results buckets' lifecycle rules).
 */
public final class FactsFiles {

    public static final String ATTRIBUTES = "fatos.adoc";
    public static final String STATE_MACHINE = "maquina-estados-analise.json";
    public static final String INPUT_LIFECYCLE = "ciclo-de-vida-entradas.json";
    public static final String RESULTS_LIFECYCLE = "ciclo-de-vida-resultados.json";

    private FactsFiles() {
    }

    public static void write(Path directory, List<Fact> facts, Map<String, JsonNode> templates) {
        StringBuilder attributes = new StringBuilder("// Gerado pelo build a partir de build/cdk.out e build/k8s: não edite.\n");
        for (Fact fact : facts) {
            attributes.append("// ").append(fact.source()).append('\n');
            attributes.append(':').append(fact.attribute()).append(": ").append(fact.value()).append('\n');
        }
        write(directory.resolve(ATTRIBUTES), attributes.toString());
        write(directory.resolve(STATE_MACHINE), Facts.analysisStateMachine(templates).pretty());
        write(directory.resolve(INPUT_LIFECYCLE), JsonListing.pretty(Facts.lifecycle(templates, Facts.INPUT_BUCKET)));
        write(directory.resolve(RESULTS_LIFECYCLE), JsonListing.pretty(Facts.lifecycle(templates, Facts.RESULTS_BUCKET)));
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write (" + e.getMessage() + ").", e);
        }
    }
}
