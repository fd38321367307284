package com.varsomics.archgen.validation;

/**
 * One problem found in the model.
 *
 * @param rule    a stable key such as {@code model.element.description} (same naming as structurizr-inspection)
 * @param message where (DSL file and line, or element) and what to do
 */
public record Finding(String rule, String message) {

    @Override
    public String toString() {
        return message + " [" + rule + "]";
    }
}
