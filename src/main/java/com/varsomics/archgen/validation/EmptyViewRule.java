package com.varsomics.archgen.validation;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** A view that shows nothing is a mistake in its include/exclude statements, never intended. */
public final class EmptyViewRule implements Rule {

    static final String KEY = "views.view.empty";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return model.views().stream()
                .filter(view -> view.getElements().isEmpty())
                .map(view -> new Finding(KEY, model.whereView(view.getKey()),
                        model.nameView(view.getKey()) + " renders empty.",
                        "Check its include/exclude statements (for a deployment view, the environment name)."))
                .toList();
    }
}
