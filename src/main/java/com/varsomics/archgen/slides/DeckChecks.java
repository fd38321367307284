package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.List;

/** The checks on the deck's source: timing, size, notes and order of the slides. */
final class DeckChecks {

    private final List<DeckRule> rules;

    DeckChecks(List<DeckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static DeckChecks standard(DeckLimits limits) {
        return new DeckChecks(List.of(
                new SlideTimingRule(),
                new DeckDurationRule(limits),
                new SlideCountRule(limits),
                new SpeakerNotesRule(),
                new BackupOrderRule()));
    }

    List<Finding> check(List<Slide> slides, DeckSource source) {
        return rules.stream().flatMap(rule -> rule.check(slides, source).stream()).toList();
    }
}
