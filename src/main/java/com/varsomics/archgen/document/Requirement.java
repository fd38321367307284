package com.varsomics.archgen.document;

import com.varsomics.archgen.check.Location;

/**
 * One requirement of the case.
 *
 * @param id    R01…Rnn
 * @param title short pt-BR title
 * @param quote the sentence of the case it comes from, verbatim
 * @param location its row in docs/requisitos.tsv
 */
public record Requirement(String id, String title, String quote, Location location) {

    /** The anchor of the requirement's row in the requirements table. */
    public String anchor() {
        return "requisito-" + id.toLowerCase(java.util.Locale.ROOT);
    }
}
