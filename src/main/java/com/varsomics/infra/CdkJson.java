package com.varsomics.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads the {@code context} of {@code cdk.json}, the one place that holds the app's settings and feature flags. */
final class CdkJson {

    private CdkJson() {
    }

    static Map<String, Object> context(Path cdkJson) {
        try {
            Map<String, Object> root = new ObjectMapper().readValue(cdkJson.toFile(), new TypeReference<>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) root.getOrDefault("context", Map.of());
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cdkJson, e);
        }
    }
}
