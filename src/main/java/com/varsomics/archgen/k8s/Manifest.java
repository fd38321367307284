package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * One Kubernetes object as YAML, with the file it came from so that every message can point at it.
 *
 * @param origin  the file that declared the object, as shown in messages (relative to the project)
 * @param content the object; transformers change it in place while an overlay renders
 */
public record Manifest(Path origin, ObjectNode content) {

    public String apiVersion() {
        return text(content.path("apiVersion"));
    }

    public String kind() {
        return text(content.path("kind"));
    }

    public String name() {
        return text(content.path("metadata").path("name"));
    }

    public String namespace() {
        return text(content.path("metadata").path("namespace"));
    }

    /** Kustomize's identity of an object: two objects with the same one may not be in one build. */
    public String id() {
        return apiVersion() + "/" + kind() + "/" + namespace() + "/" + name();
    }

    /** How messages name the object: {@code deploy/k8s/base/api/deployment.yaml: Deployment 'api'}. */
    public String describe() {
        return origin + ": " + subject();
    }

    /** The file that declared the object; kustomize's output carries no line numbers. */
    public Location location() {
        return Location.of(origin);
    }

    /** How findings name the object: {@code Deployment 'api'}. */
    public String subject() {
        return kind() + " '" + name() + "'";
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }
}
