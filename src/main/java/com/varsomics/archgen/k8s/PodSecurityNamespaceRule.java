package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every namespace the overlay puts objects in is itself in the overlay and enforces the {@code restricted} Pod
 * Security Standard (and audits and warns on it), so the cluster rejects any pod that slips past the other rules.
 */
final class PodSecurityNamespaceRule implements ManifestRule {

    static final String KEY = "k8s.namespace.podSecurity";

    private static final List<String> MODES = List.of("enforce", "audit", "warn");

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        TreeSet<String> used = new TreeSet<>();
        overlay.all(HasMetadata.class).stream().map(Located::namespace).filter(Objects::nonNull).forEach(used::add);
        for (String namespace : used) {
            List<Located<Namespace>> declared = overlay.all(Namespace.class).stream()
                    .filter(candidate -> candidate.name().equals(namespace)).toList();
            if (declared.isEmpty()) {
                findings.add(new Finding(KEY, Location.NONE, "namespace '" + namespace + "' (overlay '" + overlay.name()
                        + "') holds objects but the overlay does not declare it.",
                        "Add a Namespace manifest labelled pod-security.kubernetes.io/enforce: restricted."));
                continue;
            }
            Map<String, String> labels = declared.getFirst().object().getMetadata().getLabels();
            List<String> missing = MODES.stream().map(mode -> "pod-security.kubernetes.io/" + mode)
                    .filter(label -> !"restricted".equals(labels.get(label))).toList();
            if (!missing.isEmpty()) {
                findings.add(new Finding(KEY, declared.getFirst().location(),
                        declared.getFirst().subject() + " needs the label(s) " + String.join(", ", missing) + " set to 'restricted'.",
                        ""));
            }
        }
        return findings;
    }
}
