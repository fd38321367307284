package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import org.asciidoctor.log.LogRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds where AsciiDoc sources say something, for the Asciidoctor messages that come without a location: a
 * missing attribute and a broken cross-reference are logged with no cursor, yet a person fixes them at a line.
 */
public final class SourceCitations {

    static final String BROKEN_XREF = "possible invalid reference: ";
    static final String MISSING_ATTRIBUTE = "skipping reference to missing attribute: ";

    private final List<Path> sources;
    private final Path projectDirectory;

    /**
     * @param sources          the folders whose {@code .adoc} files are searched (the sources and the generated
     *                         fragments they include); a missing folder has nothing to cite
     * @param projectDirectory messages show files relative to it
     */
    public SourceCitations(List<Path> sources, Path projectDirectory) {
        this.sources = List.copyOf(sources);
        this.projectDirectory = projectDirectory;
    }

    /** "file:line: " for a log record: its cursor, or every line that uses the missing attribute; "" when unknown. */
    public String prefixOf(LogRecord record) {
        if (record.getCursor() != null && record.getCursor().getFile() != null) {
            return SourceLocations.relative(Path.of(record.getCursor().getFile()), projectDirectory) + ":"
                    + record.getCursor().getLineNumber() + ": ";
        }
        if (record.getMessage().startsWith(MISSING_ATTRIBUTE)) {
            // attribute names are case-insensitive and the message gives them in lower case
            String reference = "{" + record.getMessage().substring(MISSING_ATTRIBUTE.length()) + "}";
            String citations = citing(line -> line.toLowerCase(Locale.ROOT).contains(reference));
            return citations.isEmpty() ? "" : citations + ": ";
        }
        return "";
    }

    /** Every "file:line" of the sources that contains one of the texts, comma-separated, in file order. */
    public String of(String... texts) {
        return citing(line -> Arrays.stream(texts).anyMatch(line::contains));
    }

    private String citing(Predicate<String> cites) {
        List<String> citations = new ArrayList<>();
        for (Path folder : sources) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.toString().endsWith(".adoc")).sorted()
                        .forEach(file -> citations.addAll(linesCiting(file, cites)));
            } catch (IOException e) {
                throw new BuildException(folder + ": cannot read the AsciiDoc sources (" + e.getMessage() + ")", e);
            }
        }
        return String.join(", ", citations);
    }

    private List<String> linesCiting(Path file, Predicate<String> cites) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<String> citations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (cites.test(lines.get(i))) {
                citations.add(SourceLocations.relative(file, projectDirectory) + ":" + (i + 1));
            }
        }
        return citations;
    }
}
