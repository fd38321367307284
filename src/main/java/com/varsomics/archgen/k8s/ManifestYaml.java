package com.varsomics.archgen.k8s;

import com.varsomics.archgen.BuildException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the YAML of manifests and kustomizations. One place, so every file is read the same strict way. */
public final class ManifestYaml {

    /** Duplicate keys are an error, as in the API server, instead of the last one silently winning. */
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private ManifestYaml() {
    }

    /**
     * Every document of a YAML file; empty documents (only comments) are skipped, as Kustomize does.
     *
     * @param file        the file to read
     * @param displayPath the path shown in messages
     */
    public static List<JsonNode> readDocuments(Path file, Path displayPath) {
        String text = readText(file, displayPath);
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (JacksonException e) {
            throw new BuildException(displayPath + ": invalid YAML: " + e.getOriginalMessage()
                    + location(e) + ". Fix the syntax in that file.", e);
        }
        return documents;
    }

    /** One document, whatever its root (a patch file's root is a list, which {@link #readDocuments} would split). */
    static JsonNode readSingle(Path file, Path displayPath) {
        return readTree(readText(file, displayPath), displayPath);
    }

    static JsonNode readTree(String yaml, Path displayPath) {
        try {
            return MAPPER.readTree(yaml);
        } catch (JacksonException e) {
            throw new BuildException(displayPath + ": invalid YAML: " + e.getOriginalMessage() + location(e)
                    + ". Fix the syntax.", e);
        }
    }

    static String readText(Path file, Path displayPath) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(displayPath + ": cannot read the file (" + e.getMessage() + ").", e);
        }
    }

    /** One object as YAML with keys sorted, like {@code kubectl kustomize}: stable across runs and machines. */
    static String write(JsonNode document) {
        return MAPPER.writeValueAsString(document);
    }

    private static String location(JacksonException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " (line " + e.getLocation().getLineNr() + ")" : "";
    }
}
