package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The main slides' durations add up to a talk that fits the slot (the case allows at most 20 minutes). */
final class DeckDurationRule implements DeckRule {

    static final String KEY = "slides.deck.duration";

    private final DeckLimits limits;

    DeckDurationRule(DeckLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<Finding> check(List<Slide> slides, DeckSource source) {
        int total = totalSeconds(slides);
        if (total > limits.maxSeconds()) {
            return List.of(new Finding(KEY, source.start().asLocation(),
                    "the main slides add up to " + clock(total) + " (" + total + " s), more than the "
                            + clock(limits.maxSeconds()) + " allowed.",
                    "Cut " + (total - limits.maxSeconds())
                            + " s: shorten tempo on some slides or move one to the backups (role " + Slide.BACKUP_ROLE + ")."));
        }
        if (total < limits.minSeconds()) {
            return List.of(new Finding(KEY, source.start().asLocation(),
                    "the main slides add up to " + clock(total) + " (" + total + " s), less than the "
                            + clock(limits.minSeconds()) + " the talk should fill.",
                    "Add " + (limits.minSeconds() - total) + " s to the slides that need the time, or add a slide."));
        }
        return List.of();
    }

    /** The sum of the main slides' valid durations (a missing or invalid one is reported by the timing rule). */
    static int totalSeconds(List<Slide> slides) {
        return DeckRule.mainSlides(slides).stream().map(Slide::seconds)
                .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sum();
    }

    static String clock(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
