package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** One check over the slides of the deck, as written in the source. One class per rule, keyed {@code slides.*}. */
interface DeckRule {

    List<Finding> check(List<Slide> slides, DeckSource source);

    static List<Slide> mainSlides(List<Slide> slides) {
        return slides.stream().filter(slide -> !slide.backup()).toList();
    }
}
