package com.varsomics.archgen.document;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;

import java.util.regex.Pattern;

/** Markdown code, span and block, as AsciiDoc that shows it exactly as written. */
final class MarkdownCode {

    private static final Pattern PREPROCESSOR_DIRECTIVE = Pattern.compile("(?m)^(include|ifdef|ifndef|ifeval|endif)::");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+.#-]+");

    private MarkdownCode() {
    }

    /**
     * {@code pass:c[]} keeps the literal exactly (HTML-escaped only); unconstrained backticks work next to letters too.
     *
     * @param inTableCell whether the span sits in a table cell, where {@code |} would end the cell
     * @return the AsciiDoc, or nothing when a problem was reported to {@code source}
     */
    static String span(Code code, boolean inTableCell, MarkdownSource source) {
        String literal = code.getLiteral();
        if (literal.endsWith("\\")) {
            source.problem(code, "a code span ends with a backslash, which would escape the end of AsciiDoc's pass macro."
                    + " Add a space before the closing backtick or use a fenced block");
            return "";
        }
        String content = literal.replace("]", "\\]");
        if (inTableCell) {
            content = content.replace("|", "\\|"); // the table parser splits cells before any inline markup is read
        }
        return "``pass:c[" + content + "]``";
    }

    /** @return the AsciiDoc, or nothing when a problem was reported to {@code source} */
    static String fenced(FencedCodeBlock block, MarkdownSource source) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            source.problem(block, "the code block's language '" + language + "' is not a plain name. Use one like bash, json or java");
            return "";
        }
        return listing(language, block.getLiteral());
    }

    static String indented(IndentedCodeBlock block) {
        return listing("", block.getLiteral());
    }

    /** A listing block whose delimiter no line of the content matches, and in which no preprocessor directive runs. */
    private static String listing(String language, String literal) {
        String content = PREPROCESSOR_DIRECTIVE.matcher(literal.stripTrailing()).replaceAll("\\\\$1::");
        String delimiter = "----";
        while (content.lines().anyMatch(delimiter::equals)) {
            delimiter += "-";
        }
        String attributes = language.isEmpty() ? "" : "[source," + language + "]\n";
        return attributes + delimiter + '\n' + content + '\n' + delimiter;
    }
}
