package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.npm.NodeRuntime;
import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;
import com.varsomics.infra.PlatformApp;

import java.util.List;
import java.util.Locale;

/**
 * The build stage that synthesizes the AWS CDK app once into {@code build/cdk.out} and writes the guide's fragments to
 * {@code build/generated/infra}. Synthesis boots Node.js through jsii, so it happens here and nowhere else in the build.
 */
public final class SynthesisStage implements Stage {

    public static final String NAME = "synthesize infrastructure";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        NodeRuntime.forThisMachine(context.buildDirectory()).provide();
        PlatformApp.synthesize(context.projectDirectory().resolve("cdk.json"), context.cdkOutDirectory());
        CloudAssemblyReader assembly = new CloudAssemblyReader(context.cdkOutDirectory());
        List<SynthesizedStack> stacks = assembly.stacks();
        List<NagFinding> findings = assembly.nagFindings();
        ProvisioningGuide.write(stacks, findings, assembly.toolchain(), context.generatedInfraDirectory());
        System.out.printf(Locale.ROOT, "[archgen]   %d stacks, %d resources, %d cdk-nag suppressions -> %s%n",
                stacks.size(), stacks.stream().mapToInt(SynthesizedStack::resourceCount).sum(),
                ProvisioningGuide.suppressionRows(findings).size(), context.cdkOutDirectory());
    }
}
