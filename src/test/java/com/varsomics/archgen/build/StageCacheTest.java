package com.varsomics.archgen.build;

import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fake stage that copies an input file to an output, upper-cased, and counts its runs. */
class StageCacheTest {

    @TempDir
    Path project;
    private Path input;
    private Path output;
    private BuildContext context;
    private int runs;
    private boolean failHalfway;
    private final List<String> restored = new ArrayList<>();

    private final Stage copy = new Stage() {
        @Override
        public String name() {
            return "copy text";
        }

        @Override
        public void run(BuildContext ignored) {
            runs++;
            try {
                Files.createDirectories(output.getParent());
                Files.writeString(output, "partial");
                if (failHalfway) {
                    throw new IllegalStateException("interrupted");
                }
                Files.writeString(output, Files.readString(input).toUpperCase(java.util.Locale.ROOT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final CachePolicy policy = CachePolicy.of(
                    (context, key) -> key.files(FileSet.of(input)),
                    context -> List.of(FileSet.of(output)))
            .withState(context -> "runs=" + runs, (context, state) -> restored.add(state));

    @BeforeEach
    void setUp() throws IOException {
        input = Files.writeString(project.resolve("input.txt"), "texto");
        output = project.resolve("build/out/output.txt");
        context = new BuildContext(project, project.resolve("build"));
    }

    private boolean run(String generatorVersion) {
        return new StageCache(project.resolve("build/cache/stages"), project, generatorVersion).run(copy, policy, context);
    }

    private boolean run() {
        return run("v1");
    }

    @Test
    void anUnchangedStageIsSkippedAndHandsOnItsState() throws IOException {
        assertThat(run()).isTrue();
        assertThat(run()).isFalse();
        assertThat(runs).isEqualTo(1);
        assertThat(Files.readString(output)).isEqualTo("TEXTO");
        assertThat(restored).containsExactly("runs=1");
    }

    @Test
    void aChangedInputRunsTheStageAgainAndTheOutputFollows() throws IOException {
        run();
        Files.writeString(input, "outro texto");
        assertThat(run()).isTrue();
        assertThat(Files.readString(output)).isEqualTo("OUTRO TEXTO");
    }

    @Test
    void aNewGeneratorVersionRunsTheStageAgain() {
        run("v1");
        assertThat(run("v2")).isTrue();
        assertThat(run("v2")).isFalse();
    }

    @Test
    void aDeletedOrEditedOutputIsWrittenAgain() throws IOException {
        run();
        Files.delete(output);
        assertThat(run()).isTrue();
        assertThat(Files.readString(output)).isEqualTo("TEXTO");

        Files.writeString(output, "editado à mão");
        assertThat(run()).isTrue();
        assertThat(Files.readString(output)).isEqualTo("TEXTO");
    }

    @Test
    void anInterruptedStageIsNeverServedFromTheCache() throws IOException {
        run();
        Files.writeString(input, "outro");
        failHalfway = true;
        assertThatThrownBy(this::run).hasMessage("interrupted");
        assertThat(Files.readString(output)).isEqualTo("partial");

        // back to the inputs of the last complete run: the partial output must still be replaced
        Files.writeString(input, "texto");
        failHalfway = false;
        assertThat(run()).isTrue();
        assertThat(Files.readString(output)).isEqualTo("TEXTO");
    }

    @Test
    void aDamagedStampOnlyCostsARun() throws IOException {
        run();
        Path stamp = new StageCache(project.resolve("build/cache/stages"), project, "v1").stampFile(copy.name());
        assertThat(stamp).hasFileName("copy-text.json");
        Files.writeString(stamp, "{ not json");
        assertThat(run()).isTrue();
        assertThat(run()).isFalse();
    }
}
