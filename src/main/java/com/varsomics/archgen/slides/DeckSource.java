package com.varsomics.archgen.slides;

import com.varsomics.archgen.model.SourceLocation;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Maps nodes of the converted deck back to the source line a person edits (needs the {@code sourcemap} option). */
final class DeckSource {

    private final Path projectDirectory;
    private Path deckFile;

    /** @param projectDirectory paths under it are shown relative to it ({@code slides/apresentacao.adoc:42}) */
    DeckSource(Path projectDirectory) {
        this.projectDirectory = projectDirectory.toAbsolutePath();
        this.deckFile = this.projectDirectory;
    }

    /** The deck being converted: where findings about the whole deck point, and the fallback for nodes without a location. */
    void deck(Path file) {
        this.deckFile = file.toAbsolutePath();
    }

    SourceLocation of(ContentNode node) {
        for (ContentNode current = node; current != null; current = current.getParent()) {
            if (current instanceof StructuralNode structural) {
                Cursor cursor = structural.getSourceLocation();
                if (cursor != null && cursor.getFile() != null) {
                    return new SourceLocation(shown(Path.of(cursor.getFile())), cursor.getLineNumber());
                }
            }
        }
        return start();
    }

    /**
     * The line, at or after where {@code parent} starts, that contains {@code text}: a block macro's processor only
     * knows its parent section, so the macro's own line is looked up in the source file.
     */
    SourceLocation find(ContentNode parent, String text) {
        SourceLocation start = of(parent);
        Path file = start.file().isAbsolute() ? start.file() : projectDirectory.resolve(start.file());
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = Math.max(0, start.line() - 1); i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return new SourceLocation(start.file(), i + 1);
                }
            }
        } catch (IOException e) {
            // the section's own line is still a good pointer
        }
        return start;
    }

    /** The first line of the deck, where findings about the whole deck point. */
    SourceLocation start() {
        return new SourceLocation(shown(deckFile), 1);
    }

    private Path shown(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute;
    }
}
