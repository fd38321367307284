package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Every relationship names its protocol or API, the detail a reviewer checks first. */
public final class RelationshipTechnologyRule implements Rule {

    static final String KEY = "model.relationship.technology";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        return ModelElements.declaredRelationships(model).stream()
                .filter(relationship -> ModelElements.isBlank(relationship.getTechnology()))
                .map(relationship -> new Finding(KEY, model.where(relationship),
                        model.name(relationship) + " has no technology.",
                        "Add it as the second quoted argument (e.g. \"HTTPS/JSON\")."))
                .distinct()
                .toList();
    }
}
