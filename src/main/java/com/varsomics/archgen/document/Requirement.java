package com.varsomics.archgen.document;

/**
 * One requirement of the case.
 *
 * @param id    R01…Rnn
 * @param title short pt-BR title
 * @param quote the sentence of the case it comes from, verbatim
 */
public record Requirement(String id, String title, String quote) {

    /** The anchor of the requirement's row in the requirements table. */
    public String anchor() {
        return "requisito-" + id.toLowerCase(java.util.Locale.ROOT);
    }
}
