package com.varsomics.archgen.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.stream.Stream;

/** The pod spec and containers of a Deployment, as the container rules read them. */
final class PodTemplates {

    private PodTemplates() {
    }

    static PodSpec podSpec(Located<Deployment> deployment) {
        return deployment.object().getSpec().getTemplate().getSpec();
    }

    /** Init containers and containers: every one of them runs the image and needs the same hardening. */
    static List<Container> allContainers(Located<Deployment> deployment) {
        PodSpec spec = podSpec(deployment);
        return Stream.concat(spec.getInitContainers().stream(), spec.getContainers().stream()).toList();
    }

    static String describe(Located<Deployment> deployment, Container container) {
        return deployment.describe() + ", container '" + container.getName() + "'";
    }

    /** The minimum replicas an environment needs: one pod per availability zone (3) in production, 2 elsewhere. */
    static int minimumReplicas(String overlay) {
        return overlay.equals("prod") ? 3 : 2;
    }
}
