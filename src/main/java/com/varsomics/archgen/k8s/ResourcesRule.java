package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CPU and memory requests (what the scheduler and the autoscaler count on) and limits (what one pod may take from
 * its neighbours) on every container, with no limit below its request.
 */
final class ResourcesRule implements ManifestRule {

    static final String KEY = "k8s.container.resources";

    private static final List<String> RESOURCES = List.of("cpu", "memory");

    @Override
    public List<Finding> check(Overlay overlay) {
        return PodTemplates.containerFindings(overlay, KEY, PodTemplates::allContainers, ResourcesRule::problems, "has ",
                ".", "Set cpu and memory requests and limits (limits >= requests).");
    }

    private static List<String> problems(PodSpec pod, Container container) {
        ResourceRequirements resources = Objects.requireNonNullElseGet(container.getResources(), ResourceRequirements::new);
        List<String> problems = new ArrayList<>();
        for (String resource : RESOURCES) {
            Quantity request = resources.getRequests().get(resource);
            Quantity limit = resources.getLimits().get(resource);
            if (request == null) {
                problems.add("no requests." + resource);
            }
            if (limit == null) {
                problems.add("no limits." + resource);
            }
            if (request != null && limit != null && limit.getNumericalAmount().compareTo(request.getNumericalAmount()) < 0) {
                problems.add("limits." + resource + " below requests." + resource);
            }
        }
        return problems;
    }
}
