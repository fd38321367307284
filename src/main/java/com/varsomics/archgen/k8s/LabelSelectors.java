package com.varsomics.archgen.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

import java.util.Map;

/** Kubernetes label selector semantics: an empty selector selects everything, a missing one nothing. */
final class LabelSelectors {

    private LabelSelectors() {
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean labelsMatch = selector.getMatchLabels().entrySet().stream()
                .allMatch(required -> required.getValue().equals(labels.get(required.getKey())));
        return labelsMatch && selector.getMatchExpressions().stream().allMatch(expression -> matches(expression, labels));
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector != null && selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty();
    }

    private static boolean matches(LabelSelectorRequirement expression, Map<String, String> labels) {
        String value = labels.get(expression.getKey());
        return switch (expression.getOperator()) {
            case "In" -> value != null && expression.getValues().contains(value);
            case "NotIn" -> value == null || !expression.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }
}
