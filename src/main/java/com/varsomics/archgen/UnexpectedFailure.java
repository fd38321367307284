package com.varsomics.archgen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A failure that is not a {@link BuildException} is one no check anticipated: the console gets one line
 * naming the stage and the exception, and the full stack trace goes to a file a developer can open.
 */
final class UnexpectedFailure {

    /** Where the trace is written, under the build directory. */
    static final Path REPORT = Path.of("reports", "archgen-failure.txt");

    private UnexpectedFailure() {
    }

    /** The input problem inside a wrapper (e.g. a worker thread's exception), if the failure is one. */
    static Optional<BuildException> inputProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BuildException problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the stack trace to {@code <buildDirectory>/reports/archgen-failure.txt}.
     *
     * @return the console line: stage, exception and where the trace is
     */
    static String report(Throwable failure, String stage, Path projectDirectory, Path buildDirectory) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        Path report = buildDirectory.resolve(REPORT);
        String where;
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, "stage: " + stage + "\n" + trace, StandardCharsets.UTF_8);
            where = "full stack trace in " + (report.startsWith(projectDirectory) ? projectDirectory.relativize(report) : report);
        } catch (IOException e) {
            where = "the stack trace could not be written to " + report + " (" + e.getMessage() + ")";
        }
        return "unexpected " + failure.getClass().getName() + " in stage '" + stage + "'"
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse(""))
                + "; " + where + ".";
    }
}
