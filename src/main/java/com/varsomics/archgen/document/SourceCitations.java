package com.varsomics.archgen.document;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.Location;
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
import java.util.stream.Collectors;
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

    /**
     * A finding for a log record, located at its cursor or at the first line that uses the missing attribute (the
     * message names the others); {@link Location#NONE} when unknown.
     */
    public Finding findingOf(String key, LogRecord record) {
        if (record.getCursor() != null && record.getCursor().getFile() != null) {
            return new Finding(key, Location.of(SourceLocations.relative(Path.of(record.getCursor().getFile()), projectDirectory),
                    record.getCursor().getLineNumber()), record.getMessage(), "");
        }
        if (record.getMessage().startsWith(MISSING_ATTRIBUTE)) {
            // attribute names are case-insensitive and the message gives them in lower case
            String reference = "{" + record.getMessage().substring(MISSING_ATTRIBUTE.length()) + "}";
            return citedAt(key, citing(line -> line.toLowerCase(Locale.ROOT).contains(reference)), record.getMessage(), "");
        }
        return new Finding(key, Location.NONE, record.getMessage(), "");
    }

    /**
     * A finding located at the first line of the sources that contains one of the texts; the message lists the other
     * lines that do.
     */
    public Finding findingCiting(String key, String message, String remedy, String... texts) {
        return citedAt(key, citing(line -> Arrays.stream(texts).anyMatch(line::contains)), message, remedy);
    }

    private static Finding citedAt(String key, List<Location> citations, String message, String remedy) {
        if (citations.isEmpty()) {
            return new Finding(key, Location.NONE, message, remedy);
        }
        String others = citations.size() == 1 ? ""
                : " (also at " + citations.subList(1, citations.size()).stream().map(Location::toString).collect(Collectors.joining(", ")) + ")";
        return new Finding(key, citations.getFirst(), message + others, remedy);
    }

    private List<Location> citing(Predicate<String> cites) {
        List<Location> citations = new ArrayList<>();
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
        return citations;
    }

    private List<Location> linesCiting(Path file, Predicate<String> cites) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        List<Location> citations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (cites.test(lines.get(i))) {
                citations.add(Location.of(SourceLocations.relative(file, projectDirectory), i + 1));
            }
        }
        return citations;
    }
}
