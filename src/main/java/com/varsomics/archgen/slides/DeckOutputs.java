package com.varsomics.archgen.slides;

import java.nio.file.Path;

/**
 * What the slides stage hands to the stages after it: that the deck was written in this build, and where.
 *
 * @param indexFile the deck's {@code index.html} inside the site
 */
public record DeckOutputs(Path indexFile) {
}
