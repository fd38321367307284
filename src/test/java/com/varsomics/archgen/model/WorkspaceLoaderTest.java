package com.varsomics.archgen.model;

import com.structurizr.model.Element;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceLoaderTest {

    @Test
    void load_ParsesTheWorkspace_AndKeepsTheDslIdentifiers() {
        ArchitectureModel model = Fixtures.load("valid.dsl");

        assertThat(model.workspace().getModel().getElements())
                .extracting(ArchitectureModel::identifierOf)
                .contains("user", "platform", "api", "bucket", "region", "cluster");
    }

    @Test
    void locationOf_GivesTheLineWhereTheElementIsDeclared() {
        ArchitectureModel model = Fixtures.load("valid.dsl");
        Element api = model.workspace().getModel().getSoftwareSystemWithName("Plataforma").getContainerWithName("API");

        assertThat(model.locationOf(api)).hasValue(new SourceLocation(Path.of("valid.dsl"), 7));
        assertThat(model.describe(api)).isEqualTo("valid.dsl:7: element 'api' (\"API\")");
    }

    @Test
    void locationOfView_GivesTheLineOfTheViewStatement() {
        ArchitectureModel model = Fixtures.load("valid.dsl");

        assertThat(model.describeView("deployment")).isEqualTo("valid.dsl:52: view 'deployment'");
        assertThat(model.describeView("containers")).isEqualTo("valid.dsl:46: view 'containers'");
    }

    @Test
    void load_ThrowsAnExceptionNamingFileAndLine_WhenTheDslHasASyntaxError() {
        assertThatThrownBy(() -> Fixtures.load("invalid/syntax-error.dsl"))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("syntax-error.dsl:16: DSL syntax error: ")
                .hasMessageContaining("(in: bogus statement here)")
                .hasMessageContaining("Fix the statement on that line");
    }

    @Test
    void load_ThrowsAnExceptionNamingTheFile_WhenTheFileDoesNotExist() {
        assertThatThrownBy(() -> WorkspaceLoader.load(Path.of("no/such/workspace.dsl"), Path.of("workspace.dsl")))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("workspace.dsl: cannot read the model");
    }
}
