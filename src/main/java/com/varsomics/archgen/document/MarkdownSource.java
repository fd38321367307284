package com.varsomics.archgen.document;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown file being converted, as the converter and its collaborators see it: its raw lines (where the AST
 * normalises away what a check needs) and the problems found so far, each naming the file and line.
 */
final class MarkdownSource {

    private final Path file;
    private final String[] lines;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param file     the Markdown file, as shown in messages
     * @param markdown its text
     */
    MarkdownSource(Path file, String markdown) {
        this.file = file;
        this.lines = markdown.split("\n", -1);
    }

    /** The raw text of a line, by the zero-based index CommonMark's source spans use. */
    String line(int index) {
        return lines[index];
    }

    void problem(Node node, String message) {
        problems.add(location(node) + ": " + message + ".");
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** {@code file:line} of the node, or of its nearest ancestor that has a source position. */
    String location(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            List<SourceSpan> spans = current.getSourceSpans();
            if (!spans.isEmpty()) {
                return file + ":" + (spans.getFirst().getLineIndex() + 1);
            }
        }
        return file.toString();
    }
}
