package com.varsomics.archgen.validation;

import com.varsomics.archgen.check.ValidationException;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.List;

/** Runs every rule and fails with all findings at once, so one build shows everything to fix. */
public final class ModelValidator {

    private final List<Rule> rules;

    public ModelValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules the build enforces on workspace.dsl. */
    public static ModelValidator standard(AwsIconCatalog catalog) {
        return new ModelValidator(List.of(
                new ElementDescriptionRule(),
                new ElementTechnologyRule(),
                new RelationshipDescriptionRule(),
                new RelationshipTechnologyRule(),
                new ViewTitleRule(),
                new ViewDescriptionRule(),
                new EmptyViewRule(),
                new ElementInNoViewRule(),
                new AwsIconRule(catalog),
                new DecisionRecordRule(),
                new DecisionTitleRule()));
    }

    public List<Finding> findings(ArchitectureModel model) {
        return rules.stream().flatMap(rule -> rule.check(model).stream()).toList();
    }

    public void validate(ArchitectureModel model) {
        List<Finding> findings = findings(model);
        if (!findings.isEmpty()) {
            throw new ValidationException(findings);
        }
    }
}
