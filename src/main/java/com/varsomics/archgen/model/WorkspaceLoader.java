package com.varsomics.archgen.model;

import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.dsl.StructurizrDslParserException;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Loads a Structurizr DSL file into an {@link ArchitectureModel}; a syntax error becomes a located {@link BuildException}. */
public final class WorkspaceLoader {

    /** {@code !adrs <path>} (optionally quoted); the adr-tools importer names each file {@code NNNN-slug.md}. */
    private static final Pattern ADRS_DIRECTIVE = Pattern.compile("(?m)^\\s*!adrs\\s+\"?([^\"\\s]+)\"?");
    private static final Pattern ADR_FILE = Pattern.compile("(\\d{4})-.*\\.md");

    private WorkspaceLoader() {
    }

    /**
     * @param dslFile     the DSL file to parse
     * @param displayPath the path printed in messages (relative to the project, so messages read the same everywhere)
     */
    public static ArchitectureModel load(Path dslFile, Path displayPath) {
        String text;
        try {
            text = Files.readString(dslFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(displayPath + ": cannot read the model (" + e.getMessage()
                    + "). The build expects workspace.dsl at the project root.", e);
        }
        StructurizrDslParser parser = new StructurizrDslParser();
        try {
            parser.parse(text, dslFile.toFile());
        } catch (StructurizrDslParserException e) {
            throw new BuildException(syntaxErrorMessage(e, displayPath), e);
        }
        return new ArchitectureModel(parser.getWorkspace(), displayPath, text, decisionFiles(text, dslFile, displayPath));
    }

    /**
     * Decision number → its Markdown file (as displayed), for every {@code !adrs} directory of the DSL. The
     * importer numbers decisions by the file name's first four digits, which is what this index mirrors.
     */
    private static Map<String, Path> decisionFiles(String text, Path dslFile, Path displayPath) {
        Map<String, Path> files = new TreeMap<>();
        Matcher directive = ADRS_DIRECTIVE.matcher(text);
        while (directive.find()) {
            Path directory = dslFile.toAbsolutePath().getParent().resolve(directive.group(1));
            Path shown = displayPath.getParent() == null ? Path.of(directive.group(1)) : displayPath.getParent().resolve(directive.group(1));
            try (Stream<Path> entries = Files.list(directory)) {
                entries.map(entry -> entry.getFileName().toString()).sorted().forEach(name -> {
                    Matcher file = ADR_FILE.matcher(name);
                    if (file.matches()) {
                        files.putIfAbsent(String.valueOf(Integer.parseInt(file.group(1))), shown.resolve(name));
                    }
                });
            } catch (IOException e) {
                throw new BuildException(displayPath + ": cannot list the ADRs in " + shown + " (" + e.getMessage() + ")", e);
            }
        }
        return files;
    }

    private static String syntaxErrorMessage(StructurizrDslParserException e, Path displayPath) {
        String message = e.getMessage();
        // The parser appends " at line N of /absolute/path: <line>"; we lead with file:line instead.
        int at = message.indexOf(" at line ");
        String reason = at >= 0 ? message.substring(0, at) : message;
        String where = e.getLineNumber() > 0 ? displayPath + ":" + e.getLineNumber() : displayPath.toString();
        String offending = e.getLine() != null ? " (in: " + e.getLine().strip() + ")" : "";
        return where + ": DSL syntax error: " + reason + offending
                + ". Fix the statement on that line; see https://docs.structurizr.com/dsl/language for the syntax.";
    }
}
