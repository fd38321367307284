package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The written deck folder ({@code index.html} and everything it loads), as the output checks read it: the HTML
 * parsed with source positions, the text files by extension, and file:line references for findings.
 */
final class BuiltDeck {

    private final Path directory;
    private final Path projectDirectory;
    private final List<SlideDiagram> diagrams;
    private Document html;

    /**
     * @param directory        the deck folder, holding index.html
     * @param projectDirectory findings show paths relative to it
     * @param diagrams         the diagrams the source placed, to point legibility findings at their macro
     */
    BuiltDeck(Path directory, Path projectDirectory, List<SlideDiagram> diagrams) {
        this.directory = directory.toAbsolutePath().normalize();
        this.projectDirectory = projectDirectory.toAbsolutePath();
        this.diagrams = List.copyOf(diagrams);
    }

    Path directory() {
        return directory;
    }

    Path indexFile() {
        return directory.resolve("index.html");
    }

    List<SlideDiagram> diagrams() {
        return diagrams;
    }

    Document html() {
        if (html == null) {
            html = Jsoup.parse(read(indexFile()), "", Parser.htmlParser().setTrackPosition(true));
        }
        return html;
    }

    /** The deck's files whose names end with one of the extensions, in path order. */
    List<Path> files(String... extensions) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(extensions).anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BuildException(directory + ": cannot list the deck's files (" + e.getMessage() + ")", e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** {@code build/site/slides/index.html:12}, relative to the project when inside it. */
    Location where(Path file, int line) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute;
        return Location.of(shown, line);
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
