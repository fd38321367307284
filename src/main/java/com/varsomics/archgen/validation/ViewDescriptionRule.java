package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Every view has a description: it becomes the diagram's alt text and the reader's guide to it. */
public final class ViewDescriptionRule implements Rule {

    static final String KEY = "views.view.description";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return model.views().stream()
                .filter(view -> ModelElements.isBlank(view.getDescription()))
                .map(view -> new Finding(KEY, model.whereView(view.getKey()),
                        model.nameView(view.getKey()) + " has no description.",
                        "Add `description \"...\"` inside the view block."))
                .toList();
    }
}
