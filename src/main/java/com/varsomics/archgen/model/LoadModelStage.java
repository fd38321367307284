package com.varsomics.archgen.model;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;

import java.nio.file.Path;

/** Parses {@code workspace.dsl} and publishes the {@link ArchitectureModel}; a syntax error names its line. */
public final class LoadModelStage implements Stage {

    public static final String NAME = "load model";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        context.publish(ArchitectureModel.class, load(context));
    }

    public static ArchitectureModel load(BuildContext context) {
        return WorkspaceLoader.load(context.workspaceFile(), Path.of("workspace.dsl"));
    }
}
