package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * What one conversion of the deck found in its source, filled by the tree processor and the diagram macro:
 * the slides in order, the diagrams they show and the references that did not resolve.
 */
final class DeckOutline {

    private final List<Slide> slides = new ArrayList<>();
    private final List<SlideDiagram> diagrams = new ArrayList<>();
    private final List<Finding> unresolved = new ArrayList<>();

    synchronized void clear() {
        slides.clear();
        diagrams.clear();
        unresolved.clear();
    }

    synchronized void slide(Slide slide) {
        slides.add(slide);
    }

    synchronized void diagram(SlideDiagram diagram) {
        diagrams.add(diagram);
    }

    synchronized void unresolved(Finding finding) {
        unresolved.add(finding);
    }

    synchronized List<Slide> slides() {
        return List.copyOf(slides);
    }

    synchronized List<SlideDiagram> diagrams() {
        return List.copyOf(diagrams);
    }

    synchronized List<Finding> unresolved() {
        return List.copyOf(unresolved);
    }
}
