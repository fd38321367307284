package com.varsomics.archgen.k8s;

import com.structurizr.model.Container;
import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model and the manifests describe the same workloads: every container that runs on Amazon EKS names its
 * Deployment ({@code k8s.deployment}), every overlay renders that Deployment, and no overlay renders a Deployment
 * the model does not know.
 */
final class DeploymentModelRule implements ManifestRule {

    static final String KEY = "k8s.model.deployment";

    private final EksWorkloads workloads;

    DeploymentModelRule(EksWorkloads workloads) {
        this.workloads = workloads;
    }

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        List<Container> declared = workloads.withDeployment();
        for (Container container : workloads.onEks()) {
            if (!declared.contains(container)) {
                findings.add(new Finding(KEY, workloads.model().where(container),
                        workloads.model().name(container) + " runs on " + EksWorkloads.EKS + " but has no property "
                                + EksWorkloads.DEPLOYMENT_PROPERTY + ".",
                        "Add \"" + EksWorkloads.DEPLOYMENT_PROPERTY
                                + "\" \"<name>\" to its properties, naming its Deployment in deploy/k8s."));
            }
        }
        Set<String> rendered = overlay.all(Deployment.class).stream().map(Located::name).collect(Collectors.toSet());
        for (Container container : declared) {
            String name = EksWorkloads.deploymentOf(container).orElseThrow();
            if (!rendered.contains(name)) {
                findings.add(new Finding(KEY, workloads.model().where(container),
                        workloads.model().name(container) + " has " + EksWorkloads.DEPLOYMENT_PROPERTY + " '" + name
                                + "', but overlay '" + overlay.name() + "' renders no Deployment '" + name + "'.",
                        "Add its manifests under deploy/k8s/base or fix the property."));
            }
        }
        Set<String> known = declared.stream().map(container -> EksWorkloads.deploymentOf(container).orElseThrow()).collect(Collectors.toSet());
        overlay.all(Deployment.class).stream().filter(deployment -> !known.contains(deployment.name()))
                .forEach(deployment -> findings.add(new Finding(KEY, deployment.location(),
                        deployment.subject() + " runs no container of " + workloads.model().dslFile() + " (none has "
                                + EksWorkloads.DEPLOYMENT_PROPERTY + " '" + deployment.name() + "').",
                        "Add the property to the container it runs, or remove the Deployment.")));
        return findings;
    }
}
