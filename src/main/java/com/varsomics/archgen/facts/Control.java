package com.varsomics.archgen.facts;

import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code docs/controles.tsv}: a security or DevOps control or a risk mitigation.
 *
 * @param line     its line in the file, for findings
 * @param evidence for {@code implementado}, construct paths or {@code k8s:<Kind>/<name>}, comma-separated; for
 *                 {@code planejado}, what would implement it
 */
public record Control(int line, String id, String name, String category, String status, String evidence) {

    public static final String IMPLEMENTED = "implementado";
    public static final String PLANNED = "planejado";
    public static final String MANIFEST_PREFIX = "k8s:";

    public boolean implemented() {
        return IMPLEMENTED.equals(status);
    }

    /** The construct paths and manifest objects an implemented control names. */
    public List<String> implementations() {
        return Arrays.stream(evidence.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
