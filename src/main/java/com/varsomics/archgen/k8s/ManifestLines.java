package com.varsomics.archgen.k8s;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of one YAML document is (1-based lines), so a finding about a field names its line: Kustomize's
 * output, which the rules read, carries none. Paths are written as the rules write them:
 * {@code spec.template.spec.containers[0].securityContext}.
 *
 * @param objectLine the line where the document's object starts, 0 when unknown
 * @param fields     the line of each field's key
 */
record ManifestLines(int objectLine, Map<String, Integer> fields) {

    static final ManifestLines NONE = new ManifestLines(0, Map.of());

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    /** One entry per non-empty document of the text, in order (as {@link ManifestYaml#readDocuments} reads them). */
    static List<ManifestLines> of(String yaml) {
        List<ManifestLines> documents = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            int depth = 0;
            int start = 0;
            Map<String, Integer> fields = new HashMap<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    fields.put(path(parser.streamReadContext().pathAsPointer().toString()), parser.currentTokenLocation().getLineNr());
                } else if (token.isStructStart()) {
                    if (depth++ == 0) {
                        start = parser.currentTokenLocation().getLineNr();
                        fields = new HashMap<>();
                    }
                } else if (token.isStructEnd() && --depth == 0) {
                    documents.add(new ManifestLines(start, Map.copyOf(fields)));
                }
            }
        } catch (JacksonException e) {
            return List.of(); // ManifestYaml reports the syntax error; lines are only a help
        }
        return documents;
    }

    /**
     * The line of the field, 0 when the file does not have it: a field an overlay's patch added is not blamed on the
     * line of the file the object came from.
     */
    int lineOf(String path) {
        return fields.getOrDefault(path, 0);
    }

    /** {@code /spec/containers/0/image} → {@code spec.containers[0].image}. */
    private static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.substring(pointer.isEmpty() ? 0 : 1).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

}
