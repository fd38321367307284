package com.varsomics.archgen.site;

import com.varsomics.archgen.document.DocumentOutputs;

import java.util.List;

/**
 * The document's HTML pages (table of contents and one page per chapter) that the document stage handed over, which
 * the site publishes in its own layout; empty when the document stage did not run.
 */
public interface DocumentPages {

    List<DocumentOutputs.Page> pages();

    /** The site path of the page holding the anchor, with the anchor; the table of contents' when no page holds it. */
    default String href(String anchor) {
        return DocumentOutputs.href(pages(), anchor).orElse(Companion.DOCUMENT.sitePath() + "#" + anchor);
    }

    static DocumentPages none() {
        return List::of;
    }

    static DocumentPages of(List<DocumentOutputs.Page> pages) {
        List<DocumentOutputs.Page> copy = List.copyOf(pages);
        return () -> copy;
    }
}
