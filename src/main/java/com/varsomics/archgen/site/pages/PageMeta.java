package com.varsomics.archgen.site.pages;

import java.util.List;

/**
 * What every page has: its path in the site, the site's and the page's title, a one-line description, the prefix
 * back to the site root, the navigation bar and the scripts it loads (site paths).
 */
public record PageMeta(String path, String siteName, String title, String description, String root,
                       List<NavItem> navigation, List<String> scripts) {

    /** {@code ../} once per folder the page is in. */
    public static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** A site path as an href from this page. */
    public String href(String sitePath) {
        return root + sitePath;
    }
}
