package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import org.asciidoctor.log.LogRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds where AsciiDoc sources say something, for the Asciidoctor messages that come without a location: a
 * missing attribute and a broken cross-reference are logged with no cursor, yet a person fixes them at a line.
 */
public final class SourceCitations {

    static final String BROKEN_XREF = "possible invalid reference: ";
    static final String MISSING_ATTRIBUTE = "skipping reference to missing attribute: ";

    private final Path sources;
    private final Path projectDirectory;

    /**
     * @param sources          the folder whose {@code .adoc} files are searched
     * @param projectDirectory messages show files relative to it
     */
    public SourceCitations(Path sources, Path projectDirectory) {
        this.sources = sources;
        this.projectDirectory = projectDirectory;
    }

    /** "file:line: " for a log record: its cursor, or every line that uses the missing attribute; "" when unknown. */
    public String prefixOf(LogRecord record) {
        if (record.getCursor() != null && record.getCursor().getFile() != null) {
            return SourceLocations.relative(Path.of(record.getCursor().getFile()), projectDirectory) + ":"
                    + record.getCursor().getLineNumber() + ": ";
        }
        if (record.getMessage().startsWith(MISSING_ATTRIBUTE)) {
            String citations = of("{" + record.getMessage().substring(MISSING_ATTRIBUTE.length()) + "}");
            return citations.isEmpty() ? "" : citations + ": ";
        }
        return "";
    }

    /** Every "file:line" of the sources that contains one of the texts, comma-separated, in file order. */
    public String of(String... texts) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".adoc")).sorted()
                    .flatMap(file -> linesCiting(file, texts).stream())
                    .collect(Collectors.joining(", "));
        } catch (IOException e) {
            throw new BuildException(sources + ": cannot read the AsciiDoc sources (" + e.getMessage() + ")", e);
        }
    }

    private List<String> linesCiting(Path file, String... texts) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<String> citations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (Arrays.stream(texts).anyMatch(lines.get(i)::contains)) {
                citations.add(SourceLocations.relative(file, projectDirectory) + ":" + (i + 1));
            }
        }
        return citations;
    }
}
