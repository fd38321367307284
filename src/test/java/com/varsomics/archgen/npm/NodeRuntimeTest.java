package com.varsomics.archgen.npm;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which Node.js jsii gets, with small shell scripts standing in for node binaries and a fake node package
 * (src/test/resources/infra/node: package/bin/node prints v22.99.0) seeded into the cache, so no test downloads.
 */
class NodeRuntimeTest {

    private static final Path FAKE_TARBALL = Path.of("src/test/resources/infra/node/node-fake-22.99.0.tgz");
    private static final NpmPackage FAKE = new NpmPackage("node-fake", "22.99.0",
            "sha512-5qTA43DIQvsaWekg8NDEf9fqBs6StRYNlKXEu+LRWVLRRFZxtJEr2/YRtAZqqlcWGXO0qcjhozA5dkRg79fn1A==");
    private static final String REMEDY = ". Point JSII_NODE at a Node.js 22+ binary, or unset it and the build provides Node.js 22.23.5.";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"v22.23.5", "v24.1.0", "v22.0.0\n"})
    void check_AcceptsNode22OrNewer(String output) {
        assertThatCode(() -> NodeRuntime.check("node", output)).doesNotThrowAnyException();
    }

    @Test
    void check_RejectsNode20_SayingWhatIsRequiredAndWhatToDo() {
        assertThatThrownBy(() -> NodeRuntime.check("/opt/node20", "v20.20.2"))
                .isInstanceOf(BuildException.class)
                .hasMessage("synthesize infrastructure: Node.js 22 or newer is required by the AWS CDK jsii runtime, but JSII_NODE '/opt/node20' is v20.20.2" + REMEDY);
    }

    @Test
    void check_RejectsOutputThatIsNoVersion() {
        assertThatThrownBy(() -> NodeRuntime.check("/opt/node", "command not found"))
                .hasMessage("synthesize infrastructure: Node.js 22 or newer is required by the AWS CDK jsii runtime, but JSII_NODE '/opt/node' printed 'command not found' for --version" + REMEDY);
    }

    @Test
    void provide_UsesJsiiNode_WhenItIs22OrNewer() throws IOException {
        Path node = fakeNode("custom", "v24.1.0");

        assertThat(runtime(Optional.empty(), Map.of("JSII_NODE", node.toString(), "PATH", "")).provide()).isEqualTo(node);
    }

    @Test
    void provide_RefusesAnOldJsiiNode_InsteadOfInstallingAnother() throws IOException {
        Path node = fakeNode("custom", "v20.20.2");

        assertThatThrownBy(() -> runtime(Optional.of(FAKE), Map.of("JSII_NODE", node.toString(), "PATH", "")).provide())
                .hasMessage("synthesize infrastructure: Node.js 22 or newer is required by the AWS CDK jsii runtime, but JSII_NODE '" + node + "' is v20.20.2" + REMEDY);
    }

    @Test
    void provide_UsesTheFirstNodeOnThePath_WhenItIs22OrNewer() throws IOException {
        Path node = fakeNode("usr/bin", "v24.1.0");

        assertThat(runtime(Optional.of(FAKE), pathOf(temp.resolve("link"), node.getParent())).provide()).isEqualTo(node);
        assertThat(temp.resolve("link")).doesNotExist();
    }

    @Test
    void provide_InstallsAndLinksThePinnedNode_WhenThePathHasAnOlderOne() throws IOException {
        Path old = fakeNode("usr/bin", "v20.20.2");
        seedTarball();

        Path provided = runtime(Optional.of(FAKE), pathOf(temp.resolve("link"), old.getParent())).provide();

        Path installed = temp.resolve("cache/node-22.99.0");
        assertThat(provided).isEqualTo(temp.resolve("link/node"));
        assertThat(Files.readSymbolicLink(provided)).isEqualTo(installed.resolve("bin/node"));
        assertThat(versionOf(provided)).isEqualTo("v22.99.0");
        assertThat(installed.resolve("LICENSE")).hasContent("MIT");
        assertThat(temp.resolve("cache/npm/node-fake-22.99.0.tgz")).as("tarball removed once unpacked").doesNotExist();
    }

    @Test
    void provide_ReusesTheInstalledNode_WithoutFetchingAgain() throws IOException {
        Path old = fakeNode("usr/bin", "v20.20.2");
        seedTarball();
        runtime(Optional.of(FAKE), pathOf(temp.resolve("link"), old.getParent())).provide();

        // a fresh build folder (after ./mvnw clean): the cache serves it, though the tarball is gone
        Path provided = runtime(Optional.of(FAKE), temp.resolve("build2/link"),
                pathOf(temp.resolve("build2/link"), old.getParent())).provide();

        assertThat(Files.readSymbolicLink(provided)).isEqualTo(temp.resolve("cache/node-22.99.0/bin/node"));
    }

    @Test
    void provide_SaysWhereToPutTheInstalledNode_WhenTheLinkFolderIsNotOnThePath() throws IOException {
        Path old = fakeNode("usr/bin", "v20.20.2");
        seedTarball();

        assertThatThrownBy(() -> runtime(Optional.of(FAKE), pathOf(old.getParent())).provide())
                .isInstanceOf(BuildException.class)
                .hasMessage("synthesize infrastructure: jsii starts `node` from the PATH, where '" + old + "' is v20.20.2. Put "
                        + temp.resolve("link") + " first on the PATH (./mvnw does), or set JSII_NODE="
                        + temp.resolve("cache/node-22.99.0/bin/node") + ".");
    }

    @Test
    void provide_WithoutAPinForThisPlatform_SaysToInstallNode() {
        assertThatThrownBy(() -> runtime(Optional.empty(), pathOf(temp.resolve("empty"))).provide())
                .isInstanceOf(BuildException.class)
                .hasMessage("synthesize infrastructure: there is no 'node', and the build provides Node.js only on Linux x64. "
                        + "Install Node.js 22 or newer, then run ./mvnw package again.");
    }

    private NodeRuntime runtime(Optional<NpmPackage> pinned, Map<String, String> environment) {
        return runtime(pinned, temp.resolve("link"), environment);
    }

    private NodeRuntime runtime(Optional<NpmPackage> pinned, Path link, Map<String, String> environment) {
        return new NodeRuntime(pinned, temp.resolve("cache"), link, environment);
    }

    private static Map<String, String> pathOf(Path... directories) {
        return Map.of("PATH", String.join(File.pathSeparator, Arrays.stream(directories).map(Path::toString).toList()));
    }

    private void seedTarball() throws IOException {
        Files.createDirectories(temp.resolve("cache/npm"));
        Files.copy(FAKE_TARBALL, temp.resolve("cache/npm/node-fake-22.99.0.tgz"));
    }

    private Path fakeNode(String directory, String version) throws IOException {
        Path node = temp.resolve(directory).resolve("node");
        Files.createDirectories(node.getParent());
        Files.writeString(node, "#!/bin/sh\necho " + version + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
        return node;
    }

    private static String versionOf(Path node) throws IOException {
        Process process = new ProcessBuilder(node.toString(), "--version").start();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
