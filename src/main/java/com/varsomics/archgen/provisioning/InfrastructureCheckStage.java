package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.nio.file.Path;

/** Fails on any contradiction between the model and the synthesized CDK app (see {@link InfrastructureChecks}). */
public final class InfrastructureCheckStage implements Stage {

    public static final String NAME = "check infrastructure";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        InfrastructureChecks.verify(context.model(), new CloudAssemblyReader(context.cdkOutDirectory()),
                context.projectDirectory().resolve("cdk.json"), Path.of("cdk.json"));
    }
}
