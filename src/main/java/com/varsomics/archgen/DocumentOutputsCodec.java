package com.varsomics.archgen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.document.DocumentReferences.Risk;
import com.varsomics.archgen.model.SourceLocation;

import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the risk rows the document stage collected in its cache stamp, so the site gets them when the document is
 * not converted again. The requirements are re-read from {@code docs/requisitos.tsv} instead (cheap, and part of the key).
 */
final class DocumentOutputsCodec {

    /** A risk row as JSON: the source location as a path string and a line. */
    record StoredRisk(String title, List<String> elementIds, String verification, String file, int line) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentOutputsCodec() {
    }

    static String write(DocumentOutputs outputs) {
        List<StoredRisk> rows = outputs.risks().stream()
                .map(risk -> new StoredRisk(risk.title(), risk.elementIds(), risk.verification(),
                        risk.location().file().toString(), risk.location().line()))
                .toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("risk rows are plain strings and numbers: " + e.getMessage(), e);
        }
    }

    static List<Risk> risks(String state) {
        try {
            return JSON.readValue(state, new TypeReference<List<StoredRisk>>() { }).stream()
                    .map(row -> new Risk(row.title(), row.elementIds(), row.verification(),
                            new SourceLocation(Path.of(row.file()), row.line())))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the cached risk rows are damaged: " + e.getMessage(), e);
        }
    }
}
