package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void theGuide_DeploysEveryStackInDependencyOrder() throws IOException {
        String guide = Files.readString(BUILD.resolve("generated/infra").resolve(ProvisioningGuide.STACKS_FILE));
        List<SynthesizedStack> stacks = assembly.stacks();
        int previous = -1;
        for (SynthesizedStack stack : stacks) {
            int position = guide.indexOf("cdk deploy " + stack.name());
            assertThat(position).as(stack.name()).isGreaterThan(previous);
            previous = position;
        }
        assertThat(stacks.get(0).dependencies()).isEmpty();
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
