package com.varsomics.archgen.validation;

import com.varsomics.archgen.BuildException;

import java.util.List;
import java.util.stream.Collectors;

/** The model broke one or more rules; the message lists every finding, one per line. */
public final class ValidationException extends BuildException {

    private final List<Finding> findings;

    public ValidationException(List<Finding> findings) {
        this("The model", findings);
    }

    /** @param subject what was checked, e.g. "The model" or "The document" */
    public ValidationException(String subject, List<Finding> findings) {
        super(subject + " has " + findings.size() + " problem(s):\n"
                + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
