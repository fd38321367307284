package com.varsomics.archgen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedFailureTest {

    @Test
    void inputProblem_FindsABuildExceptionInsideAWrapper() {
        BuildException problem = new BuildException("workspace.dsl:3: fix it");

        assertThat(UnexpectedFailure.inputProblem(new CompletionException(new RuntimeException(problem)))).containsSame(problem);
        assertThat(UnexpectedFailure.inputProblem(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void report_IsOneLineWithStageAndException_AndWritesTheTraceUnderBuildReports(@TempDir Path project) throws IOException {
        Path build = project.resolve("build");
        IllegalStateException bug = new IllegalStateException("index 3 out of bounds\nsecond line", new UncheckedIOException(new IOException("disk")));

        String line = UnexpectedFailure.report(bug, "render site", project, build);

        assertThat(line).isEqualTo("unexpected java.lang.IllegalStateException in stage 'render site': index 3 out of bounds; "
                + "full stack trace in build/reports/archgen-failure.txt.");
        String trace = Files.readString(build.resolve("reports/archgen-failure.txt"));
        assertThat(trace).startsWith("stage: render site\njava.lang.IllegalStateException: index 3 out of bounds")
                .contains("at com.varsomics.archgen.UnexpectedFailureTest.")
                .contains("Caused by: java.io.UncheckedIOException: java.io.IOException: disk");
    }
}
