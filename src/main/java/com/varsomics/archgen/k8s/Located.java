package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A typed Kubernetes object of a rendered overlay, with where it came from for messages.
 *
 * @param object  the object as the fabric8 model parsed it
 * @param source  the rendered YAML and its file
 * @param overlay the overlay that rendered it
 */
public record Located<T extends HasMetadata>(T object, Manifest source, String overlay) {

    public String name() {
        return object.getMetadata().getName();
    }

    public String namespace() {
        return object.getMetadata().getNamespace();
    }

    /** {@code deploy/k8s/base/api/deployment.yaml: Deployment 'api' (overlay 'prod')}. */
    public String describe() {
        return location() + ": " + subject();
    }

    public Location location() {
        return source.location();
    }

    /** {@code Deployment 'api' (overlay 'prod')}. */
    public String subject() {
        return source.subject() + " (overlay '" + overlay + "')";
    }
}
