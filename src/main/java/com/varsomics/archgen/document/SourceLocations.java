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
                    return new SourceLocation(relative(Path.of(cursor.getFile()), projectDirectory), cursor.getLineNumber());
                }
            }
        }
        return new SourceLocation(Path.of("docs"), 0);
    }

    /** A source file as messages show it: relative to the project when inside it. */
    static Path relative(Path file, Path projectDirectory) {
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute) : absolute;
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
