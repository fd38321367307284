package com.varsomics.archgen.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads what the guide and the checks need from a synthesized cloud assembly ({@code build/cdk.out}) as plain JSON and
 * CSV, without the CDK (no Node.js): stacks in deployment order, the construct paths that hold resources, and the
 * cdk-nag reports.
 */
public final class CloudAssemblyReader {

    /** Template metadata key written by com.varsomics.infra.PlatformStack. */
    static final String GUIDE_METADATA = "Varsomics::ProvisioningGuide";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public CloudAssemblyReader(Path directory) {
        this.directory = directory;
    }

    /** The stacks in an order that deploys every stack after the ones it depends on (ties keep manifest order). */
    public List<SynthesizedStack> stacks() {
        Map<String, SynthesizedStack> byName = new LinkedHashMap<>();
        json("manifest.json").path("artifacts").properties().forEach(artifact -> {
            JsonNode value = artifact.getValue();
            if ("aws:cloudformation:stack".equals(value.path("type").asText())) {
                byName.put(artifact.getKey(), stack(artifact.getKey(), value));
            }
        });
        return deploymentOrder(byName);
    }

    /** Construct paths ({@code Stack/Path}) of every construct that is, or contains, a CloudFormation resource. */
    public Set<String> constructPathsWithResources() {
        Set<String> paths = new LinkedHashSet<>();
        collect(json("tree.json").path("tree"), paths);
        return paths;
    }

    /** Every row of every NagReport CSV, sorted by rule, resource and rule pack file. */
    public List<NagFinding> nagFindings() {
        List<NagFinding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path report : files.filter(f -> f.getFileName().toString().endsWith("-NagReport.csv")).sorted().toList()) {
                List<List<String>> rows = CsvRows.parse(Files.readString(report, StandardCharsets.UTF_8));
                rows.stream().skip(1).filter(row -> row.size() >= 5)
                        .map(row -> new NagFinding(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)))
                        .forEach(findings::add);
            }
        } catch (IOException e) {
            throw unreadable("NagReport CSV files", e);
        }
        findings.sort(Comparator.comparing(NagFinding::ruleId).thenComparing(NagFinding::resource));
        return findings;
    }

    private SynthesizedStack stack(String name, JsonNode artifact) {
        String environment = artifact.path("environment").asText();
        String region = environment.substring(environment.lastIndexOf('/') + 1);
        List<String> dependencies = new ArrayList<>();
        artifact.path("dependencies").forEach(d -> {
            if (!d.asText().endsWith(".assets")) {
                dependencies.add(d.asText());
            }
        });
        dependencies.sort(null);
        JsonNode template = json(artifact.path("properties").path("templateFile").asText());
        List<SynthesizedStack.Parameter> parameters = new ArrayList<>();
        template.path("Parameters").properties().forEach(p -> {
            // CDK's own bootstrap-version parameter is filled in by the CLI.
            if (!"BootstrapVersion".equals(p.getKey())) {
                parameters.add(new SynthesizedStack.Parameter(p.getKey(), p.getValue().path("Description").asText()));
            }
        });
        List<SynthesizedStack.Output> outputs = new ArrayList<>();
        template.path("Outputs").properties().forEach(o -> {
            if (o.getValue().has("Description")) {
                outputs.add(new SynthesizedStack.Output(o.getKey(), o.getValue().path("Description").asText()));
            }
        });
        JsonNode guide = template.path("Metadata").path(GUIDE_METADATA);
        List<String> verification = new ArrayList<>();
        guide.path("verification").forEach(c -> verification.add(c.asText()));
        String account = guide.path("account").asText(SynthesizedStack.WORKLOAD);
        return new SynthesizedStack(name, region, account, template.path("Description").asText(), List.copyOf(dependencies),
                List.copyOf(parameters), List.copyOf(outputs), List.copyOf(verification), template.path("Resources").size());
    }

    private static List<SynthesizedStack> deploymentOrder(Map<String, SynthesizedStack> byName) {
        List<SynthesizedStack> ordered = new ArrayList<>();
        Set<String> deployed = new LinkedHashSet<>();
        while (ordered.size() < byName.size()) {
            SynthesizedStack next = byName.values().stream()
                    .filter(stack -> !deployed.contains(stack.name()) && deployed.containsAll(stack.dependencies()))
                    .findFirst()
                    .orElseThrow(() -> new BuildException("cdk.out/manifest.json: the stacks' dependencies form a cycle "
                            + "or name a missing stack. Fix the stack dependencies in com.varsomics.infra.PlatformApp."));
            ordered.add(next);
            deployed.add(next.name());
        }
        return List.copyOf(ordered);
    }

    /** True when this node or one below it is a CloudFormation resource. */
    private static boolean collect(JsonNode node, Set<String> paths) {
        boolean hasResource = node.path("attributes").has("aws:cdk:cloudformation:type");
        for (JsonNode child : node.path("children")) {
            hasResource |= collect(child, paths);
        }
        if (hasResource && !node.path("path").asText().isEmpty()) {
            paths.add(node.path("path").asText());
        }
        return hasResource;
    }

    private JsonNode json(String file) {
        try {
            return JSON.readTree(directory.resolve(file).toFile());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private BuildException unreadable(String what, IOException e) {
        return new BuildException(directory + ": cannot read " + what + " (" + e.getMessage()
                + "). Run ./mvnw package to synthesize the infrastructure first.", e);
    }
}
