package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.varsomics.archgen.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks build/cdk.out and build/generated/infra, which ./mvnw package wrote, against the real model. */
class InfrastructureIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private final CloudAssemblyReader assembly = new CloudAssemblyReader(BUILD.resolve("cdk.out"));

    @Test
    void theModel_AndTheCdkApp_NameEachOther_WithNoOpenNagFinding_WarningOrInvalidCidr() {
        assertThat(InfrastructureChecks.findings(Fixtures.realWorkspace(), assembly, Path.of("cdk.json"), Path.of("cdk.json")))
                .isEmpty();
    }

    /**
     * The order the guide must respect is read here straight from build/cdk.out, not from CloudAssemblyReader: each
     * stack's {@code dependencies} in manifest.json (explicit ones included) and every {@code Fn::ImportValue} of its
     * template, whose export name starts with the producing stack's name. A stack is deployed after all of them.
     */
    @Test
    void theGuide_DeploysEveryStackInDependencyOrder() throws IOException {
        String guide = Files.readString(BUILD.resolve("generated/infra").resolve(ProvisioningGuide.STACKS_FILE));
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> before = new TreeMap<>();
        json.readTree(BUILD.resolve("cdk.out/manifest.json").toFile()).path("artifacts").properties().forEach(artifact -> {
            if (artifact.getValue().path("type").asText().equals("aws:cloudformation:stack")) {
                Set<String> dependencies = new TreeSet<>();
                artifact.getValue().path("dependencies").forEach(dependency -> dependencies.add(dependency.asText()));
                before.put(artifact.getKey(), dependencies);
            }
        });
        for (Map.Entry<String, Set<String>> stack : before.entrySet()) {
            stack.getValue().retainAll(before.keySet());
            importedFrom(json.readTree(BUILD.resolve("cdk.out").resolve(stack.getKey() + ".template.json").toFile()), stack.getValue());
        }

        assertThat(before).hasSize(10);
        assertThat(before.get("Proteomics-Workflow")).as("imports of the workflow stack")
                .contains("Proteomics-Security", "Proteomics-Data", "Proteomics-Compute");
        for (Map.Entry<String, Set<String>> stack : before.entrySet()) {
            int position = guide.indexOf("cdk deploy " + stack.getKey() + " ");
            assertThat(position).as("cdk deploy " + stack.getKey()).isNotNegative();
            for (String dependency : stack.getValue()) {
                assertThat(guide.indexOf("cdk deploy " + dependency + " ")).as(stack.getKey() + " after " + dependency)
                        .isNotNegative().isLessThan(position);
            }
        }
    }

    /** Adds the stack of every export the template imports ({@code "Fn::ImportValue": "<Stack>:ExportsOutput…"}). */
    private static void importedFrom(JsonNode node, Set<String> stacks) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("Fn::ImportValue") && field.getValue().isTextual()) {
                    stacks.add(field.getValue().asText().substring(0, field.getValue().asText().indexOf(':')));
                } else {
                    importedFrom(field.getValue(), stacks);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> importedFrom(element, stacks));
        }
    }

    @Test
    void deliveryAndPackages_GoToTheToolingAccount_EveryOtherStackToTheWorkloadAccount() {
        for (SynthesizedStack stack : assembly.stacks()) {
            assertThat(stack.account()).as(stack.name()).isEqualTo(
                    List.of("Proteomics-Delivery", "Proteomics-Packages").contains(stack.name()) ? SynthesizedStack.TOOLING : SynthesizedStack.WORKLOAD);
        }
    }

    @Test
    void regeneratingTheFragments_GivesByteIdenticalFiles(@TempDir Path again) throws IOException {
        ProvisioningGuide.write(assembly.stacks(), assembly.nagFindings(), assembly.toolchain(), again);

        for (String file : ProvisioningGuide.FILES) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(BUILD.resolve("generated/infra").resolve(file)));
        }
    }

    /** The hand-written steps of the guide read stack outputs with `saida <region> <stack> <output>`: all must exist. */
    @Test
    void theProvisioningChapter_ReadsOnlyOutputsTheStacksHave_AndAppliesOnlyOverlaysThatExist() throws IOException {
        String chapter = Files.readString(Path.of("docs/capitulos/10-provisionamento.adoc"));
        List<SynthesizedStack> stacks = assembly.stacks();
        Matcher output = Pattern.compile("saida (\\S+) (\\S+) ([A-Za-z0-9]+)\\)").matcher(chapter);
        int outputs = 0;
        while (output.find()) {
            String region = output.group(1);
            String stackName = output.group(2);
            String key = output.group(3);
            assertThat(stacks).as(output.group()).anySatisfy(stack -> {
                assertThat(stack.name()).isEqualTo(stackName);
                assertThat(stack.region()).isEqualTo(region);
                assertThat(stack.outputs()).extracting(SynthesizedStack.Output::key).contains(key);
            });
            outputs++;
        }
        Matcher overlay = Pattern.compile("apply -k (deploy/k8s/overlays/[a-z]+)").matcher(chapter);
        int overlays = 0;
        while (overlay.find()) {
            assertThat(Path.of(overlay.group(1), "kustomization.yaml")).as(overlay.group()).isRegularFile();
            overlays++;
        }
        assertThat(outputs).isGreaterThan(10);
        assertThat(overlays).isEqualTo(2);
    }
}
