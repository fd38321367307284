package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Every view has a title: it becomes the diagram's heading and the figure caption in the document. */
public final class ViewTitleRule implements Rule {

    static final String KEY = "views.view.title";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return model.views().stream()
                .filter(view -> ModelElements.isBlank(view.getTitle()))
                .map(view -> new Finding(KEY, model.whereView(view.getKey()),
                        model.nameView(view.getKey()) + " has no title.",
                        "Add `title \"...\"` inside the view block."))
                .toList();
    }
}
