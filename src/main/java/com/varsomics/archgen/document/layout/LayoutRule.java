package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** One layout rule over the pages of a rendered PDF. */
interface LayoutRule {

    List<Finding> check(PdfLocation pdf, List<LaidOutPage> pages);
}
