package com.varsomics.archgen.infra;

import com.varsomics.archgen.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks build/cdk.out and build/generated/infra, which ./mvnw package wrote, against the real model. */
class InfrastructureIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build"));
    private final CloudAssemblyReader assembly = new CloudAssemblyReader(BUILD.resolve("cdk.out"));

    @Test
    void theModel_AndTheCdkApp_NameEachOther() {
        List<String> stackNames = assembly.stacks().stream().map(SynthesizedStack::name).toList();

        assertThat(InfrastructureConsistency.findings(Fixtures.realWorkspace(), assembly.constructPathsWithResources(), stackNames))
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
        ProvisioningGuide.write(assembly.stacks(), assembly.nagFindings(), again);

        for (String file : List.of(ProvisioningGuide.STACKS_FILE, ProvisioningGuide.SUPPRESSIONS_FILE, ProvisioningGuide.OUTPUTS_FILE)) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(BUILD.resolve("generated/infra").resolve(file)));
        }
    }
}
