package com.varsomics.archgen.k8s;

import com.structurizr.model.Container;
import com.structurizr.model.ContainerInstance;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.ModelElements;

import java.util.List;
import java.util.Optional;

/**
 * The model's side of the manifests: which containers run on Amazon EKS (an instance inside a deployment node
 * whose aws.service is Amazon EKS) and which Deployment runs each (the container property {@code k8s.deployment}).
 */
final class EksWorkloads {

    static final String DEPLOYMENT_PROPERTY = "k8s.deployment";
    static final String EKS = "Amazon EKS";

    private final ArchitectureModel model;

    EksWorkloads(ArchitectureModel model) {
        this.model = model;
    }

    ArchitectureModel model() {
        return model;
    }

    /** Containers that declare the Deployment running them, in the model's stable order. */
    List<Container> withDeployment() {
        return containers().stream().filter(container -> deploymentOf(container).isPresent()).toList();
    }

    /** Containers with an instance on an EKS cluster node. */
    List<Container> onEks() {
        return containers().stream().filter(this::runsOnEks).toList();
    }

    static Optional<String> deploymentOf(Element element) {
        return element instanceof Container container
                ? Optional.ofNullable(container.getProperties().get(DEPLOYMENT_PROPERTY)).filter(name -> !name.isBlank())
                : Optional.empty();
    }

    /** Declared relationships whose both ends are containers run by a Deployment. */
    List<Relationship> betweenWorkloads() {
        return ModelElements.declaredRelationships(model).stream()
                .filter(relationship -> deploymentOf(relationship.getSource()).isPresent()
                        && deploymentOf(relationship.getDestination()).isPresent())
                .toList();
    }

    private List<Container> containers() {
        return ModelElements.sorted(model).stream().filter(Container.class::isInstance).map(Container.class::cast).toList();
    }

    private boolean runsOnEks(Container container) {
        return model.workspace().getModel().getElements().stream()
                .filter(ContainerInstance.class::isInstance).map(ContainerInstance.class::cast)
                .filter(instance -> instance.getContainer().equals(container))
                .anyMatch(instance -> onEksNode(instance.getParent()));
    }

    private static boolean onEksNode(Element node) {
        for (Element current = node; current instanceof DeploymentNode deploymentNode; current = current.getParent()) {
            if (EKS.equals(deploymentNode.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY))) {
                return true;
            }
        }
        return false;
    }
}
