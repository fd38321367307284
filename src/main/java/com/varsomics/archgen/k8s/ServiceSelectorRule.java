package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;

/** Every Service sends its traffic somewhere: it selects the pods of exactly one Deployment, on ports they declare. */
final class ServiceSelectorRule implements ManifestRule {

    static final String KEY = "k8s.service.selector";

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Service> service : overlay.all(Service.class)) {
            LabelSelector selector = new LabelSelector(List.of(), service.object().getSpec().getSelector());
            List<Located<Deployment>> selected = service.object().getSpec().getSelector().isEmpty() ? List.of()
                    : overlay.deploymentsSelectedBy(service.namespace(), selector);
            if (selected.size() != 1) {
                findings.add(new Finding(KEY, service.location(),
                        service.subject() + " selects the pods of " + selected.size() + " Deployments; it must select exactly one.",
                        "Match its selector to that Deployment's pod labels."));
                continue;
            }
            List<ContainerPort> declared = PodTemplates.mainContainers(selected.getFirst()).stream()
                    .flatMap(container -> container.getPorts().stream()).toList();
            for (ServicePort port : service.object().getSpec().getPorts()) {
                if (declared.stream().noneMatch(candidate -> targets(port, candidate))) {
                    findings.add(new Finding(KEY, service.location(),
                            service.subject() + " port '" + port.getName() + "' targets a port that Deployment '"
                                    + selected.getFirst().name() + "' does not declare.",
                            "Use a containerPort name or number."));
                }
            }
        }
        return findings;
    }

    /** A Service port without targetPort targets the same number on the pod. */
    private static boolean targets(ServicePort port, ContainerPort candidate) {
        return PodTemplates.refersTo(port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort()), candidate);
    }
}
