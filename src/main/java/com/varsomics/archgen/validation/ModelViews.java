package com.varsomics.archgen.validation;

import com.structurizr.view.ModelView;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.Comparator;
import java.util.List;

/** The workspace's diagram views (system context, container, deployment, dynamic…) ordered by key. */
final class ModelViews {

    private ModelViews() {
    }

    static List<ModelView> sorted(ArchitectureModel model) {
        return model.workspace().getViews().getViews().stream()
                .filter(ModelView.class::isInstance)
                .map(ModelView.class::cast)
                .sorted(Comparator.comparing(ModelView::getKey))
                .toList();
    }
}
