package com.varsomics.archgen.document.layout;

/** A vertical line drawn on a page (a table's cell border), in points from the top-left corner. */
public record VerticalRule(double x, double top, double bottom) {

    boolean spans(double y) {
        return y >= top - LaidOutPage.SLACK && y <= bottom + LaidOutPage.SLACK;
    }
}
