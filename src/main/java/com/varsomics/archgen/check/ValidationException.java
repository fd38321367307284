package com.varsomics.archgen.check;

import com.varsomics.archgen.BuildException;

import java.util.List;
import java.util.stream.Collectors;

/** The model (or another input, such as the Kubernetes manifests) broke one or more rules; the message lists every finding, one per line. */
public final class ValidationException extends BuildException {

    private final List<Finding> findings;

    public ValidationException(List<Finding> findings) {
        this("The model has", findings);
    }

    /** @param heading what was checked and its verb, leading the message ("The Kubernetes manifests have") */
    public ValidationException(String heading, List<Finding> findings) {
        super(heading + " " + findings.size() + " problem(s):\n"
                + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
