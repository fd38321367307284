package com.varsomics.archgen.k8s;

import java.util.Optional;
import java.util.Set;

/**
 * One entry of Kustomize's {@code images}: containers whose image is {@code name} (with or without tag or digest)
 * get {@code newName} and either {@code newTag} or {@code digest}, the fields {@code kustomize edit set image} writes.
 */
record ImageOverride(String name, Optional<String> newName, Optional<String> newTag, Optional<String> digest) {

    static ImageOverride from(Fields entry) {
        entry.allowOnly(Set.of("name", "newName", "newTag", "digest"));
        if (entry.has("newTag") && entry.has("digest")) {
            throw entry.unsupported("sets both newTag and digest; pin the image by one of them");
        }
        return new ImageOverride(entry.field("name").text(), optional(entry, "newName"), optional(entry, "newTag"),
                optional(entry, "digest"));
    }

    /** The new reference for {@code image}, if this override names it, as Kustomize's image transformer computes it. */
    Optional<String> apply(String image) {
        String imageName = nameOf(image);
        if (!imageName.equals(name)) {
            return Optional.empty();
        }
        String suffix = image.substring(imageName.length());
        if (newTag.isPresent()) {
            suffix = ":" + newTag.get();
        } else if (digest.isPresent()) {
            suffix = "@" + digest.get();
        }
        return Optional.of(newName.orElse(imageName) + suffix);
    }

    /** The repository part of an image reference: up to the digest, or the tag after the last path segment. */
    static String nameOf(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at >= 0 ? image.substring(0, at) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    private static Optional<String> optional(Fields entry, String field) {
        return entry.has(field) ? Optional.of(entry.field(field).text()) : Optional.empty();
    }
}
