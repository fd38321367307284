package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.structurizr.model.StaticStructureElementInstance;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Every declared element says what it is for. Instances inherit the description of what they instantiate. */
public final class ElementDescriptionRule implements Rule {

    static final String KEY = "model.element.description";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return ModelElements.sorted(model).stream()
                .filter(element -> !(element instanceof StaticStructureElementInstance))
                .filter(element -> ModelElements.isBlank(element.getDescription()))
                .map(element -> new Finding(KEY, model.where(element),
                        model.name(element) + " has no description.",
                        "Add one that says what it does and the concrete choice behind it."))
                .toList();
    }
}
