package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** One check over the written deck folder: what a browser would load from it. */
interface OutputRule {

    List<Finding> check(BuiltDeck deck);
}
