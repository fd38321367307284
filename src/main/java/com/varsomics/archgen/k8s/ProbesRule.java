package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every container says when it has started, when it is alive and when it may take traffic, on a port it declares:
 * rollouts, the ALB's readiness gate and self-healing all depend on it.
 */
final class ProbesRule implements ManifestRule {

    static final String KEY = "k8s.container.probes";

    @Override
    public List<Finding> check(Overlay overlay) {
        return PodTemplates.containerFindings(overlay, KEY, PodTemplates::mainContainers, ProbesRule::problems, "has ",
                ".", "Add startup, liveness and readiness probes on a declared containerPort.");
    }

    private static List<String> problems(PodSpec pod, Container container) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("startupProbe", container.getStartupProbe());
        probes.put("livenessProbe", container.getLivenessProbe());
        probes.put("readinessProbe", container.getReadinessProbe());
        List<String> problems = new ArrayList<>();
        probes.forEach((name, probe) -> {
            if (probe == null) {
                problems.add("no " + name);
            } else if (!probesADeclaredPort(probe, container)) {
                problems.add(name + " on a port the container does not declare");
            }
        });
        return problems;
    }

    private static boolean probesADeclaredPort(Probe probe, Container container) {
        IntOrString port = probe.getHttpGet() != null ? probe.getHttpGet().getPort()
                : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort()
                : probe.getGrpc() != null ? new IntOrString(probe.getGrpc().getPort()) : null;
        if (port == null) {
            return probe.getExec() != null;
        }
        return container.getPorts().stream().anyMatch(declared -> PodTemplates.refersTo(port, declared));
    }
}
