package com.varsomics.archgen.slides;

/**
 * How long and how big the main part of the deck may be.
 *
 * @param minSeconds shortest acceptable total of the main slides' {@code tempo}
 * @param maxSeconds longest acceptable total
 * @param minSlides  fewest main slides
 * @param maxSlides  most main slides
 */
public record DeckLimits(int minSeconds, int maxSeconds, int minSlides, int maxSlides) {

    /** The interview: at most 20 minutes of presentation (the case), and no less than 15 to cover the arc; up to 20 slides, since the long flows are told over two slides each. */
    public static final DeckLimits INTERVIEW = new DeckLimits(900, 1200, 12, 20);
}
