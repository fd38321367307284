package com.varsomics.archgen.site.pages;

/** A link as shown: its text and its href, relative to the page it is on. */
public record Link(String text, String href) {
}
