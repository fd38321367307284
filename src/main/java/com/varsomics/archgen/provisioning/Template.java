package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One synthesized CloudFormation template, read as plain JSON: resources by type, what an output or a property points
 * at, and literal values with the stack's region and partition filled in. Account ids stay symbolic: the templates are
 * account-agnostic.
 */
final class Template {

    private final JsonNode root;
    private final String region;

    Template(JsonNode root, String region) {
        this.root = root;
        this.region = region;
    }

    String region() {
        return region;
    }

    /** The qualifier of the CDK bootstrap resources the template expects ({@code hnb659fds} unless customized). */
    String bootstrapQualifier() {
        String parameter = root.path("Parameters").path("BootstrapVersion").path("Default").asText("/cdk-bootstrap/hnb659fds/version");
        String[] parts = parameter.split("/");
        return parts.length > 2 ? parts[2] : "hnb659fds";
    }

    JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    /** The resources of one type, in template order, as (logical id, resource). */
    List<Map.Entry<String, JsonNode>> ofType(String type) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        root.path("Resources").properties().forEach(resource -> {
            if (type.equals(resource.getValue().path("Type").asText())) {
                found.add(resource);
            }
        });
        return found;
    }

    /** The only resource of a type; fails when the template has none or several. */
    JsonNode single(String type) {
        List<Map.Entry<String, JsonNode>> found = ofType(type);
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + type + ", found " + found.size());
        }
        return found.getFirst().getValue();
    }

    /** Every resource, in template order, as (logical id, resource). */
    List<Map.Entry<String, JsonNode>> resourcesInOrder() {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        root.path("Resources").properties().forEach(all::add);
        return all;
    }

    /** The described output whose value is {@code {"Ref": logicalId}} (the resource's name or id), or null. */
    String nameOutput(String logicalId) {
        for (var output : root.path("Outputs").properties()) {
            JsonNode value = output.getValue().path("Value");
            if (output.getValue().has("Description") && logicalId.equals(value.path("Ref").asText(null))) {
                return output.getKey();
            }
        }
        return null;
    }

    /** The logical id an output's value refers to ({@code Ref} or {@code Fn::GetAtt}), or null. */
    String outputTarget(String outputKey) {
        return target(root.path("Outputs").path(outputKey).path("Value"));
    }

    /** The logical id a value refers to ({@code Ref} or {@code Fn::GetAtt}), or null for anything else. */
    static String target(JsonNode value) {
        if (value.has("Ref")) {
            return value.path("Ref").asText();
        }
        if (value.has("Fn::GetAtt")) {
            return value.path("Fn::GetAtt").path(0).asText();
        }
        return null;
    }

    /**
     * A property value as text: strings, numbers and booleans as they are; {@code Fn::Join} with the region and
     * partition resolved; {@code AWS::AccountId} as {@code <conta>}; any other reference as null.
     */
    String literal(JsonNode value) {
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.has("Ref")) {
            return switch (value.path("Ref").asText()) {
                case "AWS::Region" -> region;
                case "AWS::Partition" -> "aws";
                case "AWS::URLSuffix" -> "amazonaws.com";
                case "AWS::AccountId" -> "<conta>";
                default -> null;
            };
        }
        if (value.has("Fn::Join")) {
            StringBuilder joined = new StringBuilder();
            String separator = value.path("Fn::Join").path(0).asText();
            JsonNode parts = value.path("Fn::Join").path(1);
            for (int i = 0; i < parts.size(); i++) {
                String part = literal(parts.path(i));
                if (part == null) {
                    return null;
                }
                joined.append(i == 0 ? "" : separator).append(part);
            }
            return joined.toString();
        }
        return null;
    }
}
