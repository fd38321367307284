package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The talk is the main slides in a row; backups come after its end, so that pressing "next" never lands on a
 * backup in the middle of the story and the pacing stays true.
 */
final class BackupOrderRule implements DeckRule {

    static final String KEY = "slides.slide.order";

    @Override
    public List<Finding> check(List<Slide> slides, DeckSource source) {
        List<Finding> findings = new ArrayList<>();
        Slide firstBackup = null;
        for (Slide slide : slides) {
            if (slide.backup() && firstBackup == null) {
                firstBackup = slide;
            } else if (!slide.backup() && firstBackup != null) {
                findings.add(new Finding(KEY, slide.location().asLocation(),
                        slide.subject() + " is a main slide after the backup slide '" + firstBackup.title() + "' ("
                                + firstBackup.location() + ").",
                        "Move the backups after the last main slide."));
            }
        }
        return findings;
    }
}
