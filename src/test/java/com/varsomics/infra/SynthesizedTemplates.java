package com.varsomics.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.assertions.Template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates that {@code ./mvnw package} synthesized into build/cdk.out, loaded once per JVM: the tests check what
 * would be deployed, and the app is not synthesized a second time (jsii boots Node.js only for the assertions).
 */
final class SynthesizedTemplates {

    static final Path CDK_OUT = Path.of(System.getProperty("archgen.buildDirectory", "build"), "cdk.out");

    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private SynthesizedTemplates() {
    }

    /** The template as JSON text, for checks inside strings such as a state machine definition. */
    static String json(Template template) {
        try {
            return new ObjectMapper().writeValueAsString(template.toJSON());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template of(String stackName) {
        return TEMPLATES.computeIfAbsent(stackName, name -> {
            try {
                Map<String, Object> json = new ObjectMapper().readValue(CDK_OUT.resolve(name + ".template.json").toFile(),
                        new TypeReference<>() {
                        });
                return Template.fromJSON(json);
            } catch (IOException e) {
                throw new UncheckedIOException("run ./mvnw package first: " + name, e);
            }
        });
    }
}
