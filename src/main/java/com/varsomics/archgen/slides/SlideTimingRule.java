package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Every main slide says how many seconds it gets on stage ({@code [tempo=75]}), which the build writes as
 * reveal.js {@code data-timing} for the speaker view's pacing; backup slides are not timed.
 */
final class SlideTimingRule implements DeckRule {

    static final String KEY = "slides.slide.timing";

    @Override
    public List<Finding> check(List<Slide> slides, DeckSource source) {
        List<Finding> findings = new ArrayList<>();
        for (Slide slide : slides) {
            if (slide.backup()) {
                if (slide.timing() != null) {
                    findings.add(new Finding(KEY, slide.location().asLocation(),
                            slide.subject() + " is a backup slide (role " + Slide.BACKUP_ROLE + ") but has tempo=" + slide.timing() + ".",
                            "Backups are shown only for questions and are not timed: remove tempo, or drop the role to make it a main slide."));
                }
            } else if (slide.timing() == null) {
                findings.add(new Finding(KEY, slide.location().asLocation(),
                        slide.subject() + " has no duration.",
                        "Add tempo=<seconds> to the line above its heading, e.g. [tempo=60], or give it the role "
                                + Slide.BACKUP_ROLE + " if it is a backup slide."));
            } else if (slide.seconds().isEmpty()) {
                findings.add(new Finding(KEY, slide.location().asLocation(),
                        slide.subject() + " has tempo=" + slide.timing() + ", which is not a positive whole number of seconds.",
                        "Write e.g. tempo=75."));
            }
        }
        return findings;
    }
}
