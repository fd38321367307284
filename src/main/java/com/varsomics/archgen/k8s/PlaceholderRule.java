package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.HasMetadata;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base writes account-specific values (role, certificate, web ACL and secret ARNs) with the placeholder account
 * 000000000000; each overlay must replace every one of them with its own account.
 */
final class PlaceholderRule implements ManifestRule {

    static final String KEY = "k8s.overlay.placeholder";

    static final String PLACEHOLDER_ACCOUNT = ":000000000000:";

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        for (Located<HasMetadata> object : overlay.all(HasMetadata.class)) {
            List<String> paths = new ArrayList<>();
            collect(object.source().content(), "", paths);
            paths.forEach(path -> findings.add(new Finding(KEY, object.location(),
                    object.subject() + " still has the placeholder account 000000000000 at '" + path + "'.",
                    "Patch the value of this environment in the overlay's kustomization.yaml.")));
        }
        return findings;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isString() && node.stringValue().contains(PLACEHOLDER_ACCOUNT)) {
            paths.add(path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
            }
        }
    }
}
