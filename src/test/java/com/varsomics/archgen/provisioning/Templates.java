package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Hand-written CloudFormation templates for the expected-result rules' tests. */
final class Templates {

    private Templates() {
    }

    static Template of(String json) {
        try {
            return new Template(new ObjectMapper().readTree(json), "sa-east-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template with one resource, {@code R}, and the output {@code Out} referring to it. */
    static Template withResource(String type, String propertiesJson) {
        return of("{\"Resources\": {\"R\": {\"Type\": \"" + type + "\", \"Properties\": " + propertiesJson + "}},"
                + " \"Outputs\": {\"Out\": {\"Value\": {\"Ref\": \"R\"}}}}");
    }
}
