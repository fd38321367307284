package com.varsomics.archgen;

import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.WorkspaceLoader;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Loads the workspaces under src/test/resources/workspaces; messages name them by their file name. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path workspacePath(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/workspaces/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture workspaces/" + name, e);
        }
    }

    public static ArchitectureModel load(String name) {
        return WorkspaceLoader.load(workspacePath(name), Path.of(Path.of(name).getFileName().toString()));
    }

    /** The project's real model, workspace.dsl at the repository root (tests run from there). */
    public static ArchitectureModel realWorkspace() {
        return WorkspaceLoader.load(Path.of("workspace.dsl").toAbsolutePath(), Path.of("workspace.dsl"));
    }

    /** A stage for the build's own tests: its name, and what it does when run. */
    public static Stage stage(String name, Consumer<BuildContext> action) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(BuildContext context) {
                action.accept(context);
            }
        };
    }
}
