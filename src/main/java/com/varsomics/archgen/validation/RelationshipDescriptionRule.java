package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Every relationship says what flows along it. */
public final class RelationshipDescriptionRule implements Rule {

    static final String KEY = "model.relationship.description";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return ModelElements.declaredRelationships(model).stream()
                .filter(relationship -> ModelElements.isBlank(relationship.getDescription()))
                .map(relationship -> new Finding(KEY, model.where(relationship),
                        model.name(relationship) + " has no description.",
                        "Add it as the first quoted argument (e.g. -> api \"Envia amostras\" \"HTTPS\")."))
                .distinct()
                .toList();
    }
}
