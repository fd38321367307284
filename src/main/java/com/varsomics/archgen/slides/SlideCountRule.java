package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** Enough main slides to tell the whole story, few enough that none is rushed. */
final class SlideCountRule implements DeckRule {

    static final String KEY = "slides.deck.count";

    private final DeckLimits limits;

    SlideCountRule(DeckLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<Finding> check(List<Slide> slides, DeckSource source) {
        int count = DeckRule.mainSlides(slides).size();
        if (count < limits.minSlides() || count > limits.maxSlides()) {
            return List.of(new Finding(KEY, source.start().asLocation(),
                    "the deck has " + count + " main slides; it needs " + limits.minSlides() + " to " + limits.maxSlides() + ".",
                    count > limits.maxSlides() ? "Merge slides or move some to the backups (role " + Slide.BACKUP_ROLE + ")."
                            : "Split the densest slides or promote a backup slide."));
        }
        return List.of();
    }
}
