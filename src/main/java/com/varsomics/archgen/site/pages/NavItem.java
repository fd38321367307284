package com.varsomics.archgen.site.pages;

/**
 * One entry of the navigation bar.
 *
 * @param href    relative to the page; {@code null} while the target is not built yet ({@code note} says why)
 * @param current whether this page belongs to the entry
 */
public record NavItem(String label, String href, boolean current, String note) {
}
