package com.varsomics.archgen.document;

import com.varsomics.archgen.model.SourceLocation;
import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;

import java.nio.file.Path;
import java.util.Optional;

/** Where a node of the converted document came from, relative to the project (needs the {@code sourcemap} option). */
final class SourceLocations {

    private SourceLocations() {
    }

    static SourceLocation of(ContentNode node, Path projectDirectory) {
        for (ContentNode current = node; current != null; current = current.getParent()) {
            if (current instanceof StructuralNode structural) {
                Cursor cursor = structural.getSourceLocation();
                if (cursor != null && cursor.getFile() != null) {
                    Path file = Path.of(cursor.getFile()).toAbsolutePath();
                    Path shown = file.startsWith(projectDirectory) ? projectDirectory.relativize(file) : file;
                    return new SourceLocation(shown, cursor.getLineNumber());
                }
            }
        }
        return new SourceLocation(Path.of("docs"), 0);
    }

    /** The section that contains a node, if any. */
    static Optional<Section> sectionOf(ContentNode node) {
        for (ContentNode current = node; current != null; current = current.getParent()) {
            if (current instanceof Section section) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
