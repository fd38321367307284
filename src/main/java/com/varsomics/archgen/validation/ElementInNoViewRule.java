package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.structurizr.view.ElementView;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every element is drawn somewhere; an element in no view is invisible to every reader of the deliverables. */
public final class ElementInNoViewRule implements Rule {

    static final String KEY = "model.element.unused";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        Set<String> shown = model.views().stream()
                .flatMap(view -> view.getElements().stream())
                .map(ElementView::getId)
                .collect(Collectors.toSet());
        return ModelElements.sorted(model).stream()
                .filter(element -> !shown.contains(element.getId()))
                .map(element -> new Finding(KEY, model.where(element),
                        model.name(element) + " appears in no view.",
                        "Include it in a view (or remove it from the model)."))
                .toList();
    }
}
