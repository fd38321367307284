package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code document.layout.heading-alone}: no page whose text area holds only headings, and no heading that ends a
 * page with nothing of its section after it there (asciidoctor-pdf's {@code heading-min-height-after} misses some).
 */
final class HeadingPlacementRule implements LayoutRule {

    static final String KEY = "document.layout.heading-alone";

    private final LayoutTheme theme;

    HeadingPlacementRule(LayoutTheme theme) {
        this.theme = theme;
    }

    @Override
    public List<Finding> check(PdfLocation pdf, List<LaidOutPage> pages) {
        List<Finding> findings = new ArrayList<>();
        for (LaidOutPage page : pages) {
            List<TextLine> body = page.body();
            if (body.isEmpty()) {
                continue;
            }
            List<TextLine> trailing = trailingHeadings(body);
            if (trailing.isEmpty() || imageBelow(page, trailing.getLast())) {
                continue;
            }
            String heading = String.join(" ", trailing.stream().map(TextLine::text).toList());
            if (trailing.size() == body.size() && page.images().isEmpty()) {
                findings.add(pdf.finding(KEY, page, "the page holds only the heading \"" + heading + "\".",
                        "Remove what forces the page break before it (a <<< or a block too tall for the rest of the page), "
                                + "or keep the heading with its first block ([%unbreakable], a smaller figure or table)."));
            } else if (page.number() < pages.size()) {
                findings.add(pdf.finding(KEY, page, "the heading \"" + heading + "\" ends the page; its text starts on page "
                                + (page.number() + 1) + ".",
                        "Keep the heading with its first block: raise heading.min-height-after in the theme, or shorten what comes before it."));
            }
        }
        return findings;
    }

    /** The heading lines at the bottom of the text area (a long heading wraps onto several lines). */
    private List<TextLine> trailingHeadings(List<TextLine> body) {
        int first = body.size();
        while (first > 0 && !body.get(first - 1).figure() && theme.isHeading(body.get(first - 1))) {
            first--;
        }
        return body.subList(first, body.size());
    }

    private static boolean imageBelow(LaidOutPage page, TextLine heading) {
        return page.images().stream().anyMatch(image -> image.bottom() > heading.baseline());
    }
}
