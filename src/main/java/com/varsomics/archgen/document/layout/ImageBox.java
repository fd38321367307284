package com.varsomics.archgen.document.layout;

/** Where a raster image is drawn on a page, in points from the top-left corner (y grows downwards). */
public record ImageBox(double left, double top, double right, double bottom) {
}
