package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.structurizr.documentation.Decision;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ADR titles are unique: the document's index, the reviewers' site and people in a review name decisions by title,
 * so two with the same title (usually a copied file) would be indistinguishable.
 */
public final class DecisionTitleRule implements Rule {

    static final String KEY = "decisions.decision.title";

    @Override
    public List<Finding> check(ArchitectureModel model) {
        Map<String, Decision> firstByTitle = new HashMap<>();
        return ModelElements.decisions(model).stream()
                .filter(decision -> firstByTitle.putIfAbsent(key(decision), decision) != null)
                .map(decision -> new Finding(KEY, model.where(decision),
                        model.name(decision) + " has the same title as " + model.decisionFile(firstByTitle.get(key(decision))) + ".",
                        "Give each decision its own title (the first line, '# N. Título')."))
                .toList();
    }

    private static String key(Decision decision) {
        return decision.getTitle() == null ? "" : decision.getTitle().strip().toLowerCase(Locale.ROOT);
    }
}
