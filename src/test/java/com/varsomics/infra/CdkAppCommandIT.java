package com.varsomics.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's {@code cdk synth}/{@code cdk deploy} runs: the {@code app} command of cdk.json, started here as
 * the CDK CLI starts it (context in {@code CDK_CONTEXT_JSON}, output folder in {@code CDK_OUTDIR}). It must synthesize
 * every stack, and the JVM it starts must not carry the generator's libraries. The launcher prints each JVM's
 * {@code java.class.path} ({@code JDK_JAVA_OPTIONS=-XshowSettings:properties}), so the classpath asserted is the one
 * the app really ran with, not one this test computes.
 */
class CdkAppCommandIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path BUILD_CDK_OUT = SynthesizedTemplates.CDK_OUT;
    private static final List<String> GENERATOR_LIBRARIES = List.of("jruby", "asciidoctor", "plantuml", "structurizr", "jte",
            "fabric8", "commonmark", "jsoup", "pdfbox", "selenium", "junit");

    @Test
    void theCdkJsonCommand_SynthesizesEveryStack_OnAClasspathWithoutTheGenerator(@TempDir Path temp) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode cdkJson = json.readTree(PROJECT.resolve("cdk.json").toFile());
        String command = cdkJson.get("app").asText();
        Path outdir = temp.resolve("cdk.out");
        Path log = temp.resolve("app.log");

        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).directory(PROJECT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CDK_OUTDIR", outdir.toString());
        builder.environment().put("CDK_CONTEXT_JSON", json.writeValueAsString(cdkJson.get("context")));
        builder.environment().put("JDK_JAVA_OPTIONS", "-XshowSettings:properties");
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the app finishes within 10 minutes").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();

        List<String> appClasspath = classpathOfTheAppJvm(output);
        assertThat(appClasspath).as("the app's classpath").anyMatch(entry -> entry.contains("aws-cdk-lib-"))
                .anyMatch(entry -> entry.contains("cdknag-"));
        for (String library : GENERATOR_LIBRARIES) {
            assertThat(appClasspath).as("the app's classpath has no " + library).noneMatch(entry -> entry.toLowerCase().contains(library));
        }
        assertThat(stacksIn(outdir.resolve("manifest.json"))).as("stacks synthesized by cdk.json's command")
                .isNotEmpty()
                .isEqualTo(stacksIn(BUILD_CDK_OUT.resolve("manifest.json")));
        for (String stack : stacksIn(outdir.resolve("manifest.json"))) {
            assertThat(json.readTree(outdir.resolve(stack + ".template.json").toFile()).path("Resources").size()).as(stack)
                    .isPositive();
        }
    }

    /**
     * The {@code java.class.path} block of {@code -XshowSettings:properties} whose entries include the project's
     * classes folder: Maven's own JVM prints one too (its launcher jars), the app's JVM the other.
     */
    private static List<String> classpathOfTheAppJvm(String output) {
        Path classes = PROJECT.resolve("build/classes");
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : output.split("\n")) {
            if (line.strip().startsWith("java.class.path = ")) {
                current = new ArrayList<>();
                blocks.add(current);
                current.add(line.strip().substring("java.class.path = ".length()));
            } else if (current != null && line.startsWith("        ") && !line.contains(" = ")) {
                current.add(line.strip());
            } else {
                current = null;
            }
        }
        assertThat(blocks).as("the launcher printed java.class.path for Maven's JVM and the app's").hasSizeGreaterThanOrEqualTo(2);
        return blocks.stream().filter(block -> block.stream().anyMatch(entry -> Path.of(entry).equals(classes)))
                .findFirst().orElseThrow(() -> new AssertionError("no JVM ran with " + classes + " on its classpath:\n" + output));
    }

    private static Set<String> stacksIn(Path manifest) throws IOException {
        Set<String> stacks = new TreeSet<>();
        new ObjectMapper().readTree(manifest.toFile()).path("artifacts").properties().forEach(artifact -> {
            if ("aws:cloudformation:stack".equals(artifact.getValue().path("type").asText())) {
                stacks.add(artifact.getKey());
            }
        });
        return stacks;
    }
}
