package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** One policy over a rendered, strictly parsed overlay. One class per rule, keyed like {@code k8s.deployment.replicas}. */
public interface ManifestRule {

    List<Finding> check(Overlay overlay);
}
