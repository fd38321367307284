package com.varsomics.archgen.text;

/**
 * The one way model text (names, descriptions, titles, ADR text, requirement quotes) enters generated AsciiDoc.
 * Model text is data: whatever it contains — formatting marks, passthroughs, macros, attribute references,
 * cross references, bare URLs, typographic replacements — renders as the characters written, in HTML and in PDF.
 */
public final class AsciiDocText {

    private AsciiDocText() {
    }

    /**
     * Text for a paragraph, table cell, title or cross-reference label: every character that could open inline
     * markup, an attribute reference, a macro, a cross reference or a table cell becomes an attribute or character
     * reference, which Asciidoctor resolves only after markup is parsed. Line breaks fold to spaces, so model text
     * can never end a cell or start a block; {@code null} is the empty string.
     */
    public static String literal(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : '\0';
            char previous = i > 0 ? value.charAt(i - 1) : '\0';
            switch (c) {
                case '\r' -> result.append(next == '\n' ? "" : " ");
                case '\n' -> result.append(' ');
                case '\\' -> result.append("{backslash}");
                case '*' -> result.append("{asterisk}");
                case '`' -> result.append("{backtick}");
                case '^' -> result.append("{caret}");
                case '~' -> result.append("{tilde}");
                case '+' -> result.append("{plus}");
                case '|' -> result.append("{vbar}");
                case '_', '#', '{', '[', ']', '<', '>', '&', '=' -> result.append("&#").append((int) c).append(';');
                // "term::" starts a description list and "https://" an automatic link.
                case ':' -> result.append(next == ':' || previous == ':' || value.startsWith("//", i + 1) ? "&#58;" : ":");
                case ';' -> result.append(next == ';' || previous == ';' ? "&#59;" : ";");
                // Typographic replacements: (C) → ©, -- → —, ... → …, it's → it’s. The model shows the characters typed.
                case '(' -> result.append(value.startsWith("C)", i + 1) || value.startsWith("R)", i + 1) || value.startsWith("TM)", i + 1) ? "&#40;" : "(");
                case '-' -> result.append(next == '-' || previous == '-' ? "&#45;" : "-");
                case '.' -> result.append(next == '.' || previous == '.' ? "&#46;" : ".");
                case '\'' -> result.append("&#39;");
                default -> result.append(c);
            }
        }
        return result.toString();
    }

    /** A cross reference to {@code anchor} labelled with literal text (a comma would start the xref's attributes). */
    public static String xref(String anchor, String label) {
        return "<<" + anchor + "," + literal(label).replace(",", "&#44;") + ">>";
    }

    /**
     * The text of an inline node that an extension creates (e.g. a link labelled with an element's name).
     * Asciidoctor converts such a node without substitutions, so the converter writes the text as it is:
     * only HTML's special characters need escaping, which both the HTML and the PDF converter read back.
     */
    public static String inlineNode(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
