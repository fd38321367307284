package com.varsomics.archgen.check;

import java.util.Objects;

/**
 * One problem a check found, in any stage (model, Kubernetes manifests, infrastructure, facts, document, slides,
 * site).
 *
 * @param key      a stable key such as {@code model.element.description} (same naming as structurizr-inspection);
 *                 README lists every key and a fixture under src/test/resources breaks it
 * @param location the file and line to fix, {@link Location#NONE} when the finding is about no one file
 * @param message  what is wrong, one or more sentences
 * @param remedy   what to do about it, "" when the message already says it
 */
public record Finding(String key, Location location, String message, String remedy) {

    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }

    /** {@code workspace.dsl:12: element 'api' has no description. Add one … [model.element.description]}. */
    @Override
    public String toString() {
        return (location.known() ? location + ": " : "") + message + (remedy.isEmpty() ? "" : " " + remedy) + " [" + key + "]";
    }
}
