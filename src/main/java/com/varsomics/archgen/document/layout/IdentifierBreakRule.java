package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code document.layout.identifier-break}: no identifier in a table cell broken mid-word. A table cell's text is
 * smaller than body text; two of its lines follow each other at one line pitch, starting at the same x. A line that
 * is one token with no space, followed by a line whose first character continues that token, was broken by
 * character because the token did not fit the cell. Breaking after {@code / - . _ :} or before a camel-case hump
 * is fine; any other break inside an identifier (camel case, dotted, slashed, or in the monospace font) is not.
 */
final class IdentifierBreakRule implements LayoutRule {

    static final String KEY = "document.layout.identifier-break";

    private static final String BREAK_AFTER = "/-._:";
    private static final Pattern IDENTIFIER = Pattern.compile(".*(\\p{Ll}\\p{Lu}|[\\p{L}\\d][._/:][\\p{L}\\d]).*");
    /** The widest horizontal cell padding a theme sensibly sets (ours: 3 pt). */
    private static final double CELL_PADDING = 6;

    private final LayoutTheme theme;

    IdentifierBreakRule(LayoutTheme theme) {
        this.theme = theme;
    }

    @Override
    public List<Finding> check(PdfLocation pdf, List<LaidOutPage> pages) {
        List<Finding> findings = new ArrayList<>();
        LinePitch pitch = LinePitch.of(pages);
        for (LaidOutPage page : pages) {
            List<TextLine> cells = page.body().stream().filter(line -> !line.figure() && theme.isSmall(line.fontSize())).toList();
            for (TextLine line : cells) {
                TextLine next = nextInCell(line, cells, pitch);
                if (next != null && fillsCell(page, line, next) && brokenMidWord(line, next)) {
                    String first = next.text().split("\\s+")[0];
                    findings.add(pdf.finding(KEY, page, "the identifier \"" + line.text() + first + "\" breaks mid-word in a table cell (\""
                                    + line.text() + "\" / \"" + first + "\").",
                            "Let it break at / - . _ : or a camel-case hump (the document stage inserts such break points in table cells; "
                                    + "write the identifier as code or plain text, not inside a macro or link), or widen its column."));
                }
            }
        }
        return findings;
    }

    private static TextLine nextInCell(TextLine line, List<TextLine> cells, LinePitch pitch) {
        return cells.stream()
                .filter(other -> Math.abs(other.left() - line.left()) <= LaidOutPage.SLACK && pitch.sameBlock(line, other))
                .findFirst().orElse(null);
    }

    /**
     * A token broken by character fills its line: with the next line's first character it would pass the cell's
     * right border (less the cell padding), or the text area's edge where the table draws no border.
     */
    private static boolean fillsCell(LaidOutPage page, TextLine line, TextLine next) {
        double border = page.rules().stream()
                .filter(rule -> rule.x() > line.right() - LaidOutPage.SLACK && rule.spans(line.baseline()))
                .mapToDouble(VerticalRule::x).min().orElse(page.textRight());
        Glyph first = next.glyphs().getFirst();
        return line.right() + (first.right() - first.left()) > border - CELL_PADDING - LaidOutPage.SLACK;
    }

    private static boolean brokenMidWord(TextLine line, TextLine next) {
        String token = line.text();
        String following = next.text();
        if (token.isEmpty() || following.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (!line.glyphs().getLast().font().equals(next.glyphs().getFirst().font())) {
            return false; // a code span followed by prose, or the reverse: two words, wrapped at the space between them
        }
        int before = token.codePointBefore(token.length());
        int after = following.codePointAt(0);
        if (!Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after) || BREAK_AFTER.indexOf(before) >= 0) {
            return false;
        }
        boolean hump = (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(after);
        String joined = token + following.split("\\s+")[0];
        return !hump && (IDENTIFIER.matcher(joined).matches() || line.glyphs().getLast().monospace());
    }
}
