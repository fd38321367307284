package com.varsomics.archgen.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON as the document's listings show it: two-space indents, one array item per line, "\n" on every platform. */
final class JsonListing {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private JsonListing() {
    }

    static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(INDENTER).withObjectIndenter(INDENTER);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
