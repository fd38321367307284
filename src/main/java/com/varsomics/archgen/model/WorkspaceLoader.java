package com.varsomics.archgen.model;

import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.dsl.StructurizrDslParserException;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a Structurizr DSL file into an {@link ArchitectureModel}; a syntax error becomes a located {@link BuildException}. */
public final class WorkspaceLoader {

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
        return new ArchitectureModel(parser.getWorkspace(), displayPath, text);
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
