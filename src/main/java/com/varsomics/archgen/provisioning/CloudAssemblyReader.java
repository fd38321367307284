package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
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
        collect(tree(), paths);
        return paths;
    }

    /** Every construct path of the app ({@code Stack/Path}), with or without a resource: pipeline actions have none. */
    public Set<String> constructPaths() {
        Set<String> paths = new LinkedHashSet<>();
        collectAll(tree(), paths);
        return paths;
    }

    private static void collectAll(JsonNode node, Set<String> paths) {
        if (!node.path("path").asText().isEmpty()) {
            paths.add(node.path("path").asText());
        }
        node.path("children").forEach(child -> collectAll(child, paths));
    }

    /**
     * Every line of every cdk-nag report ({@code <pack>-<Stack>-NagReport.json}, {@code {"lines": [{ruleId, resourceId,
     * compliance, exceptionReason, ruleLevel, ruleInfo}]}}), sorted by rule and resource.
     */
    public List<NagFinding> nagFindings() {
        List<NagFinding> findings = new ArrayList<>();
        for (Path report : files("-NagReport.json")) {
            for (JsonNode line : json(report.getFileName().toString()).path("lines")) {
                findings.add(new NagFinding(line.path("ruleId").asText(), line.path("resourceId").asText(),
                        line.path("compliance").asText(), line.path("exceptionReason").asText(), line.path("ruleLevel").asText()));
            }
        }
        findings.sort(Comparator.comparing(NagFinding::ruleId).thenComparing(NagFinding::resource));
        return findings;
    }

    /**
     * Warnings and errors that synthesis attached to constructs ({@code <Stack>.metadata.json}), as
     * {@code "<construct path>: <message>"}, sorted.
     */
    public List<String> warningAndErrorAnnotations() {
        List<String> annotations = new ArrayList<>();
        for (Path file : files(".metadata.json")) {
            json(file.getFileName().toString()).properties().forEach(construct -> construct.getValue().forEach(entry -> {
                String type = entry.path("type").asText();
                if (type.equals("aws:cdk:warning") || type.equals("aws:cdk:error")) {
                    annotations.add(construct.getKey() + ": " + entry.path("data").asText());
                }
            }));
        }
        annotations.sort(null);
        return annotations;
    }

    /** Each stack's template as JSON, by stack name, in file-name order. */
    public Map<String, JsonNode> templates() {
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        for (Path file : files(".template.json")) {
            String name = file.getFileName().toString();
            templates.put(name.substring(0, name.length() - ".template.json".length()), json(name));
        }
        return templates;
    }

    /** The construct tree ({@code tree.json}'s {@code tree} node). */
    public JsonNode tree() {
        return json("tree.json").path("tree");
    }

    private List<Path> files(String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw unreadable("*" + suffix, e);
        }
    }

    /** What deploying the assembly requires: CLI, library and bootstrap versions, as the assembly declares them. */
    public CdkToolchain toolchain() {
        JsonNode manifest = json("manifest.json");
        int bootstrap = 0;
        String qualifier = null;
        for (var artifact : manifest.path("artifacts").properties()) {
            JsonNode properties = artifact.getValue().path("properties");
            if ("aws:cloudformation:stack".equals(artifact.getValue().path("type").asText())) {
                bootstrap = Math.max(bootstrap, properties.path("requiresBootstrapStackVersion").asInt(0));
                if (qualifier == null && properties.has("bootstrapStackVersionSsmParameter")) {
                    qualifier = properties.path("bootstrapStackVersionSsmParameter").asText().split("/")[2];
                }
            }
        }
        String cli = manifest.path("minimumCliVersion").asText("");
        String library = json("tree.json").path("tree").path("constructInfo").path("version").asText("");
        if (cli.isEmpty() || library.isEmpty()) {
            throw new BuildException(directory + ": the cloud assembly names no minimumCliVersion (manifest.json) or aws-cdk-lib "
                    + "version (tree.json). Synthesize with aws-cdk-lib 2.x and ./mvnw package.");
        }
        return new CdkToolchain(cli, library, bootstrap, qualifier == null ? "hnb659fds" : qualifier);
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
        Template resources = new Template(template, region);
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
        List<SynthesizedStack.Verification> verification = new ArrayList<>();
        guide.path("verification").forEach(c -> verification.add(new SynthesizedStack.Verification(c.asText(),
                List.copyOf(ExpectedResults.of(name, c.asText(), resources)))));
        String account = guide.path("account").asText(SynthesizedStack.WORKLOAD);
        return new SynthesizedStack(name, region, account, template.path("Description").asText(), List.copyOf(dependencies),
                List.copyOf(parameters), List.copyOf(outputs), List.copyOf(verification), template.path("Resources").size(),
                artifact.path("properties").path("terminationProtection").asBoolean(false),
                retained(name, template), unprotect(name, resources));
    }

    /** Resources whose DeletionPolicy keeps them (or a final snapshot) when the stack is deleted, in template order. */
    private static List<SynthesizedStack.RetainedResource> retained(String stackName, JsonNode template) {
        List<SynthesizedStack.RetainedResource> retained = new ArrayList<>();
        template.path("Resources").properties().forEach(r -> {
            String policy = r.getValue().path("DeletionPolicy").asText("Delete");
            if (!"Delete".equals(policy)) {
                String path = r.getValue().path("Metadata").path("aws:cdk:path").asText(stackName + "/" + r.getKey());
                retained.add(new SynthesizedStack.RetainedResource(path.replaceFirst("/Resource$", ""),
                        r.getValue().path("Type").asText(), policy));
            }
        });
        return List.copyOf(retained);
    }

    /**
     * Commands that turn off deletion protection on resources the stack deletes (a retained resource is left alone, so
     * its protection does not block the stack's deletion). A protected type without a known command fails the build.
     */
    private static List<String> unprotect(String stackName, Template template) {
        List<String> commands = new ArrayList<>();
        for (var resource : template.resourcesInOrder()) {
            JsonNode value = resource.getValue();
            JsonNode protection = value.path("Properties").path("DeletionProtection");
            boolean on = protection.isBoolean() ? protection.asBoolean() : "ACTIVE".equals(protection.asText());
            if (!on || "Retain".equals(value.path("DeletionPolicy").asText())) {
                continue;
            }
            String type = value.path("Type").asText();
            String name = template.nameOutput(resource.getKey());
            if (name == null) {
                throw new BuildException("stack " + stackName + ": " + resource.getKey() + " (" + type + ") has deletion protection "
                        + "and no output with its name (Ref); the teardown cannot name it. Add output(...) for it.");
            }
            String region = template.region();
            String output = OutputReference.of(name);
            switch (type) {
                case "AWS::EKS::Cluster" -> {
                    commands.add("aws eks update-cluster-config --region " + region + " --name " + output + " --no-deletion-protection");
                    commands.add("aws eks wait cluster-active --region " + region + " --name " + output);
                }
                case "AWS::RDS::DBCluster" -> commands.add("aws rds modify-db-cluster --region " + region
                        + " --db-cluster-identifier " + output + " --no-deletion-protection --apply-immediately");
                default -> throw new BuildException("stack " + stackName + ": " + resource.getKey() + " (" + type + ") has deletion "
                        + "protection, which the guide's teardown does not know how to turn off. Add the command for " + type
                        + " to " + CloudAssemblyReader.class.getName() + ".unprotect.");
            }
        }
        return List.copyOf(commands);
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
