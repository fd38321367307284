package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.InfrastructureNode;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Containers, components, deployment and infrastructure nodes name their technology. */
public final class ElementTechnologyRule implements Rule {

    static final String KEY = "model.element.technology";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return ModelElements.sorted(model).stream()
                .filter(element -> element instanceof Container || element instanceof Component
                        || element instanceof DeploymentNode || element instanceof InfrastructureNode)
                .filter(element -> ArchitectureModel.technologyOf(element).isEmpty())
                .map(element -> new Finding(KEY, model.where(element),
                        model.name(element) + " has no technology.",
                        "Add the technology argument (e.g. \"Python 3.12 / FastAPI\" or \"Amazon S3\")."))
                .toList();
    }

}
