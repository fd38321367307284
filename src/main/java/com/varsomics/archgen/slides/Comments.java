package com.varsomics.archgen.slides;

import java.util.Set;

/**
 * Blanks out the comments of JavaScript and CSS (license banners, documentation links), and JavaScript's regular
 * expression literals, keeping the code and strings a browser may turn into a request: a URL in a comment or in a
 * pattern such as {@code /^https?:\/\//} is never fetched, a URL in a string may be. The result has the
 * same length and line breaks as the input, so offsets still give the line of a finding.
 */
final class Comments {

    /** After these characters a slash starts a regular expression literal, not a division. */
    private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";
    private static final Set<String> KEYWORDS_BEFORE_REGEX = Set.of("return", "typeof", "case", "do", "else", "in", "of",
            "new", "delete", "void", "throw", "yield", "await");

    private Comments() {
    }

    static String blankCss(String css) {
        StringBuilder out = new StringBuilder(css);
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipString(css, i, c);
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    static String blankJavaScript(String js) {
        StringBuilder out = new StringBuilder(js);
        int i = 0;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(js, i, c);
            } else if (c == '/' && i + 1 < js.length() && js.charAt(i + 1) == '/') {
                int end = js.indexOf('\n', i);
                end = end < 0 ? js.length() : end;
                blank(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < js.length() && js.charAt(i + 1) == '*') {
                int end = js.indexOf("*/", i + 2);
                end = end < 0 ? js.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else if (c == '/' && startsRegex(js, i)) {
                int end = skipRegex(js, i);
                blank(out, i, end); // a pattern is matched against text, never fetched
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int start, int end) {
        for (int j = start; j < end; j++) {
            if (out.charAt(j) != '\n') {
                out.setCharAt(j, ' ');
            }
        }
    }

    /** @return the index after the closing quote (strings and template literals, with escapes) */
    private static int skipString(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' && quote != '`') {
                return i; // an unterminated string ends at the line (CSS error recovery; never valid JavaScript)
            } else {
                i++;
            }
        }
        return i;
    }

    private static boolean startsRegex(String js, int slash) {
        int i = slash - 1;
        while (i >= 0 && Character.isWhitespace(js.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char previous = js.charAt(i);
        if (BEFORE_REGEX.indexOf(previous) >= 0) {
            return true;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(js.charAt(i)))) {
            i--;
        }
        return KEYWORDS_BEFORE_REGEX.contains(js.substring(i + 1, end));
    }

    /** @return the index after the regular expression literal's closing slash (and before its flags) */
    private static int skipRegex(String js, int start) {
        int i = start + 1;
        boolean inClass = false;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\n') {
                return i;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
