package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout checks of a rendered PDF (any volume the document stage writes): headings kept with their text,
 * no widow or orphan line, no identifier broken mid-word in a table cell, nothing past the margins.
 */
public final class PdfLayoutChecks {

    public static final String HEADING_ALONE = HeadingPlacementRule.KEY;
    public static final String ORPHAN = ParagraphSplitRule.ORPHAN;
    public static final String WIDOW = ParagraphSplitRule.WIDOW;
    public static final String IDENTIFIER_BREAK = IdentifierBreakRule.KEY;
    public static final String OVERFLOW = OverflowRule.KEY;

    private final PdfLayoutReader reader;
    private final List<LayoutRule> rules;

    /** @param theme the PDF theme the document was rendered with (margins, base font size) */
    public PdfLayoutChecks(Path theme) {
        LayoutTheme layout = LayoutTheme.of(theme);
        this.reader = new PdfLayoutReader(layout);
        this.rules = List.of(new HeadingPlacementRule(layout), new ParagraphSplitRule(layout), new IdentifierBreakRule(layout),
                new OverflowRule());
    }

    /**
     * @param pdf         the rendered file
     * @param displayName how findings name it (a path relative to the project, e.g. {@code build/pdf/arquitetura.pdf})
     */
    public List<Finding> check(Path pdf, String displayName) {
        return check(reader.read(pdf), displayName);
    }

    private List<Finding> check(List<LaidOutPage> pages, String displayName) {
        PdfLocation location = new PdfLocation(displayName);
        List<Finding> findings = new ArrayList<>();
        for (LayoutRule rule : rules) {
            findings.addAll(rule.check(location, pages));
        }
        return findings;
    }

    /** Fails with every finding of {@link #check}; returns how many pages were checked. */
    public int verify(Path pdf, String displayName) {
        List<LaidOutPage> pages = reader.read(pdf);
        List<Finding> findings = check(pages, displayName);
        if (!findings.isEmpty()) {
            throw new ValidationException("The layout of " + displayName + " has", findings);
        }
        return pages.size();
    }
}
