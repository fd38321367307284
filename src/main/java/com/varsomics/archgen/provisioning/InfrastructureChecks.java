package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.check.Location;
import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code ./mvnw package} checks on the synthesized app, so a self-contradicting delivery never builds green: the
 * model and the constructs name each other ({@link InfrastructureConsistency}), cdk-nag left nothing open, synthesis
 * left no warning, and every CIDR block in the templates is valid (CDK passes them through untouched).
 */
public final class InfrastructureChecks {

    static final String NAG_KEY = "infra.nag.open";
    static final String ANNOTATION_KEY = "infra.synthesis.annotation";
    static final String CIDR_KEY = "infra.template.cidr";

    private InfrastructureChecks() {
    }

    /**
     * @param settingsFile {@code cdk.json}, where a bad CIDR most likely was typed; named by its line when it holds the value
     */
    public static List<Finding> findings(ArchitectureModel model, CloudAssemblyReader assembly, Path settingsFile, Path settingsName) {
        List<Finding> findings = new ArrayList<>(InfrastructureConsistency.findings(model, assembly.constructPathsWithResources(),
                assembly.stacks().stream().map(SynthesizedStack::name).toList()));
        for (NagFinding nag : assembly.nagFindings()) {
            if (nag.open()) {
                findings.add(new Finding(NAG_KEY, Location.of("cdk.out"),
                        nag.resource() + " is " + nag.compliance() + " for cdk-nag rule " + nag.ruleId() + " (" + nag.level() + ").",
                        "Fix the resource in its stack, or suppress the rule next to the resource with Nag.suppress(...) and the reason it does not apply."));
            }
        }
        for (String annotation : assembly.warningAndErrorAnnotations()) {
            findings.add(new Finding(ANNOTATION_KEY, Location.of("cdk.out"),
                    annotation + ".",
                    "CDK warned while synthesizing this construct: change the construct so the warning goes away (warnings become deployment surprises)."));
        }
        List<String> settingsLines = lines(settingsFile);
        assembly.templates().forEach((stack, template) -> template.path("Resources").properties()
                .forEach(resource -> cidrs(resource.getValue().path("Properties"), "", (field, value) -> {
                    if (!CidrNotation.valid(value)) {
                        findings.add(new Finding(CIDR_KEY, where(value, settingsLines, settingsName, stack),
                                "'" + value + "' in " + field + " of " + resource.getValue().path("Metadata").path("aws:cdk:path")
                                        .asText(resource.getKey()) + " is not a CIDR block (IPv4 prefix 0–32, IPv6 0–128).",
                                "Correct the value (e.g. 203.0.113.0/24)."));
                    }
                })));
        return findings;
    }

    public static void verify(ArchitectureModel model, CloudAssemblyReader assembly, Path settingsFile, Path settingsName) {
        List<Finding> findings = findings(model, assembly, settingsFile, settingsName);
        if (!findings.isEmpty()) {
            throw new ValidationException("The CDK app and the model have", findings);
        }
    }

    /** Calls back every text under a field whose name mentions a CIDR, with the field's path. */
    private static void cidrs(JsonNode node, String path, java.util.function.BiConsumer<String, String> action) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().toLowerCase(Locale.ROOT).contains("cidr")) {
                    if (field.getValue().isTextual()) {
                        action.accept(fieldPath, field.getValue().asText());
                    }
                    field.getValue().forEach(item -> {
                        if (item.isTextual()) {
                            action.accept(fieldPath, item.asText());
                        }
                    });
                }
                cidrs(field.getValue(), fieldPath, action);
            });
        } else if (node.isArray()) {
            node.forEach(item -> cidrs(item, path, action));
        }
    }

    /** The settings line that sets the value, where a person fixes it; otherwise the template that holds it. */
    private static Location where(String value, List<String> settingsLines, Path settingsName, String stack) {
        for (int i = 0; i < settingsLines.size(); i++) {
            if (settingsLines.get(i).contains("\"" + value + "\"")) {
                return Location.of(settingsName, i + 1);
            }
        }
        return Location.of("cdk.out/" + stack + ".template.json");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
