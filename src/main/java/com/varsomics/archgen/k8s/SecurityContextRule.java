package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The restricted Pod Security Standard, checked before the cluster's admission does: non-root, no privilege
 * escalation, all capabilities dropped, RuntimeDefault seccomp, plus a read-only root filesystem.
 */
final class SecurityContextRule implements ManifestRule {

    static final String KEY = "k8s.pod.securityContext";

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Deployment> deployment : overlay.all(Deployment.class)) {
            PodSpec pod = PodTemplates.podSpec(deployment);
            if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID()) || Boolean.TRUE.equals(pod.getHostIPC())) {
                findings.add(new Finding(KEY, deployment.location(),
                        deployment.subject() + " shares a host namespace (hostNetwork, hostPID or hostIPC).",
                        "Remove it: the restricted Pod Security Standard forbids it."));
            }
        }
        findings.addAll(PodTemplates.containerFindings(overlay, KEY, PodTemplates::allContainers, SecurityContextRule::missing,
                "needs ", " in its securityContext (restricted Pod Security Standard).", ""));
        return findings;
    }

    private static List<String> missing(PodSpec spec, Container containerSpec) {
        PodSecurityContext pod = Objects.requireNonNullElseGet(spec.getSecurityContext(), PodSecurityContext::new);
        SecurityContext container = Objects.requireNonNullElseGet(containerSpec.getSecurityContext(), SecurityContext::new);
        List<String> missing = new ArrayList<>();
        boolean nonRoot = Boolean.TRUE.equals(container.getRunAsNonRoot())
                || (container.getRunAsNonRoot() == null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
        if (!nonRoot || Long.valueOf(0).equals(container.getRunAsUser()) || Long.valueOf(0).equals(pod.getRunAsUser())) {
            missing.add("runAsNonRoot: true (and no runAsUser: 0)");
        }
        String seccomp = container.getSeccompProfile() != null ? container.getSeccompProfile().getType()
                : pod.getSeccompProfile() != null ? pod.getSeccompProfile().getType() : null;
        if (!"RuntimeDefault".equals(seccomp)) {
            missing.add("seccompProfile.type: RuntimeDefault");
        }
        if (!Boolean.FALSE.equals(container.getAllowPrivilegeEscalation()) || Boolean.TRUE.equals(container.getPrivileged())) {
            missing.add("allowPrivilegeEscalation: false");
        }
        if (!Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            missing.add("readOnlyRootFilesystem: true");
        }
        Capabilities capabilities = Objects.requireNonNullElseGet(container.getCapabilities(), Capabilities::new);
        if (!capabilities.getDrop().contains("ALL") || !capabilities.getAdd().isEmpty()) {
            missing.add("capabilities.drop: [ALL] (and nothing added)");
        }
        return missing;
    }
}
