package com.varsomics.archgen.facts;

/**
 * One configuration value the deliverables quote, read from what the build deploys.
 *
 * @param attribute the AsciiDoc attribute that carries it ({@code {max-concurrency}})
 * @param value     as the deliverables print it (pt-BR number format where it matters)
 * @param source    where it was read: construct path or manifest object, so a reader can find it
 */
public record Fact(String attribute, String value, String source) {
}
