package com.varsomics.archgen.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.BuildException;

/**
 * The Amazon States Language definition of a synthesized state machine, read from its template's
 * {@code DefinitionString}: an {@code Fn::Join} of JSON text and intrinsic functions, which are shown as
 * {@code ${Name}} placeholders (CDK's hash suffixes dropped) so the text reads like the definition AWS stores.
 */
public final class StateMachineDefinition {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode definition;

    private StateMachineDefinition(JsonNode definition) {
        this.definition = definition;
    }

    /** @param definitionString the template's {@code DefinitionString} property */
    public static StateMachineDefinition of(JsonNode definitionString, String where) {
        StringBuilder text = new StringBuilder();
        if (definitionString.isTextual()) {
            text.append(definitionString.asText());
        } else {
            definitionString.path("Fn::Join").path(1).forEach(part -> text.append(part.isTextual() ? part.asText() : placeholder(part)));
        }
        try {
            return new StateMachineDefinition(JSON.readTree(text.toString()));
        } catch (JsonProcessingException e) {
            throw new BuildException(where + ": the state machine's DefinitionString is not JSON once joined (" + e.getOriginalMessage()
                    + "). Build the definition with the CDK's state classes, not with string templates.");
        }
    }

    public JsonNode json() {
        return definition;
    }

    /** The definition as the document's listing shows it. */
    public String pretty() {
        return JsonListing.pretty(definition);
    }

    /** The first state of this type, searched depth first (Map item processors included). */
    public JsonNode firstState(String type) {
        return firstState(definition, type);
    }

    private static JsonNode firstState(JsonNode machine, String type) {
        for (var state : machine.path("States").properties()) {
            if (type.equals(state.getValue().path("Type").asText())) {
                return state.getValue();
            }
            JsonNode nested = firstState(state.getValue().path("ItemProcessor"), type);
            if (!nested.isMissingNode()) {
                return nested;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String placeholder(JsonNode intrinsic) {
        if (intrinsic.has("Ref")) {
            String ref = intrinsic.path("Ref").asText();
            return ref.equals("AWS::Partition") ? "aws" : "${" + readable(ref.replace("AWS::", "")) + "}";
        }
        if (intrinsic.has("Fn::GetAtt")) {
            return "${" + readable(intrinsic.path("Fn::GetAtt").path(0).asText()) + "." + intrinsic.path("Fn::GetAtt").path(1).asText() + "}";
        }
        if (intrinsic.has("Fn::ImportValue")) {
            String export = intrinsic.path("Fn::ImportValue").asText();
            return "${" + readable(export.substring(export.indexOf(':') + 1).replaceFirst("^ExportsOutput(Ref|FnGetAtt)", "")) + "}";
        }
        return "${" + intrinsic.fieldNames().next() + "}";
    }

    /** Drops the 8-hex-digit hashes CDK appends to logical ids. */
    private static String readable(String logicalId) {
        return logicalId.replaceAll("[0-9A-F]{8}", "");
    }
}
