package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** Every main slide carries speaker notes: what to say and the numbers to quote, shown in the speaker view ('s'). */
final class SpeakerNotesRule implements DeckRule {

    static final String KEY = "slides.slide.notes";

    @Override
    public List<Finding> check(List<Slide> slides, DeckSource source) {
        return DeckRule.mainSlides(slides).stream()
                .filter(slide -> !slide.hasNotes())
                .map(slide -> new Finding(KEY, slide.location().asLocation(),
                        slide.subject() + " has no speaker notes.",
                        "Add a [.notes] block (--, text, --) inside the slide with what to say and the numbers to quote."))
                .toList();
    }
}
