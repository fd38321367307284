package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.Location;

/**
 * The PDF a finding is about, named as the build names it ({@code build/pdf/arquitetura.pdf}); findings name its
 * page and the section the bookmarks place there, so the author knows which chapter to edit.
 */
record PdfLocation(String file) {

    Finding finding(String key, LaidOutPage page, String problem, String remedy) {
        String section = page.section().isEmpty() ? "" : " (section \"" + page.section() + "\")";
        return new Finding(key, Location.of(file), "page " + page.number() + section + ": " + problem, remedy);
    }
}
