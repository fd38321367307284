package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.check.Location;
import com.structurizr.model.Element;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.ModelElements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Ties the model to the CDK app both ways: every AWS element names the construct that deploys it (or says why the
 * app does not deploy it), every named construct holds a synthesized resource, and every stack deploys some element.
 */
public final class InfrastructureConsistency {

    /** {@code "<Stack>/<ConstructPath>"}, several separated by commas. */
    public static final String CONSTRUCT_PROPERTY = "cdk.construct";
    /** Reason (pt-BR) why an AWS element is not deployed by this app (organization level, grouping node…). */
    public static final String OUT_OF_SCOPE_PROPERTY = "cdk.outOfScope";

    static final String ELEMENT_KEY = "infra.element.construct";
    static final String STACK_KEY = "infra.stack.element";

    private InfrastructureConsistency() {
    }

    /**
     * @param constructPaths construct paths that hold a resource ({@link CloudAssemblyReader#constructPathsWithResources()})
     * @param stackNames     the app's stacks
     */
    public static List<Finding> findings(ArchitectureModel model, Set<String> constructPaths, Collection<String> stackNames) {
        List<Finding> findings = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Element element : ModelElements.sorted(model)) {
            String constructs = element.getProperties().get(CONSTRUCT_PROPERTY);
            if (constructs == null) {
                String service = element.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY);
                if (service != null && !element.getProperties().containsKey(OUT_OF_SCOPE_PROPERTY)) {
                    findings.add(new Finding(ELEMENT_KEY, model.where(element),
                            model.name(element) + " is an AWS resource (aws.service '" + service
                                    + "') but names no construct of the CDK app.",
                            "Add the property \"" + CONSTRUCT_PROPERTY
                                    + "\" \"<Stack>/<ConstructPath>\" (paths are in build/cdk.out/tree.json), or \""
                                    + OUT_OF_SCOPE_PROPERTY + "\" \"<motivo>\" if the app does not deploy it."));
                }
                continue;
            }
            for (String path : Arrays.stream(constructs.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList()) {
                named.add(path);
                if (!constructPaths.contains(path)) {
                    findings.add(new Finding(ELEMENT_KEY, model.where(element, path),
                            model.name(element) + " names the construct '" + path
                                    + "', which holds no resource in the synthesized CDK app.",
                            "Use a path from build/cdk.out/tree.json or add the resource to the stack."));
                }
            }
        }
        for (String stack : stackNames.stream().sorted().toList()) {
            if (named.stream().noneMatch(path -> path.startsWith(stack + "/"))) {
                findings.add(new Finding(STACK_KEY, Location.of("cdk.out"),
                        "stack '" + stack + "' deploys no element of the model.",
                        "Add \"" + CONSTRUCT_PROPERTY + "\" \"" + stack
                                + "/<ConstructPath>\" to the elements it deploys in workspace.dsl."));
            }
        }
        return findings;
    }
}
