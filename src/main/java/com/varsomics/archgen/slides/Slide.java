package com.varsomics.archgen.slides;

import com.varsomics.archgen.model.SourceLocation;

import java.util.OptionalInt;
import java.util.Set;

/**
 * One slide of the deck as written in the AsciiDoc source: a level-1 section (or a level-2 one, a vertical slide).
 *
 * @param id       the section id, which is also the {@code <section id>} in the HTML
 * @param title    the heading
 * @param location where the section starts in the source
 * @param roles    the section's roles ({@code capa}, {@code reserva}, …)
 * @param timing   the raw value of its {@code tempo} attribute (seconds on stage), or null when it has none
 * @param notes    the source text of its speaker notes ({@code [.notes]} blocks), empty when it has none
 */
public record Slide(String id, String title, SourceLocation location, Set<String> roles, String timing, String notes) {

    /** The role that marks a backup slide: shown after the end for questions, never timed. */
    public static final String BACKUP_ROLE = "reserva";

    /** The attribute that holds the seconds a main slide gets on stage ({@code [tempo=75]}). */
    public static final String TIMING_ATTRIBUTE = "tempo";

    public Slide {
        roles = Set.copyOf(roles);
        notes = notes == null ? "" : notes;
    }

    public boolean backup() {
        return roles.contains(BACKUP_ROLE);
    }

    /** The duration in seconds when {@code tempo} is a positive whole number. */
    public OptionalInt seconds() {
        if (timing == null || !timing.strip().matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int seconds = Integer.parseInt(timing.strip());
        return seconds > 0 ? OptionalInt.of(seconds) : OptionalInt.empty();
    }

    public boolean hasNotes() {
        return !notes.isBlank();
    }

    /** How findings name the slide: source line and heading. */
    public String describe() {
        return location + ": " + subject();
    }

    /** How findings name the slide: its heading. */
    public String subject() {
        return "slide '" + title + "'";
    }
}
