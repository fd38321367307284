package com.varsomics.archgen.site;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.check.LocalReferences;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the site as a reader meets it, on the files written: every internal link, script, stylesheet, image and
 * form target resolves to a file inside the site (and its {@code #anchor} to an id there, in the document's and
 * slides' pages too); nothing is loaded from a network; every required page exists and every page is reachable
 * from the landing page; every picture has a text alternative; headings do not skip levels; pages are pt-BR.
 * Findings name the page and line.
 */
public final class SiteLinkChecker {

    static final String TARGET = "site.link.target";
    static final String ANCHOR = "site.link.anchor";
    static final String OUTSIDE = "site.link.outside";
    static final String EXTERNAL = "site.resource.external";
    static final String MISSING_PAGE = "site.page.missing";
    static final String UNREACHABLE = "site.page.unreachable";
    static final String ALT = "site.image.alt";
    static final String HEADINGS = "site.heading.order";
    static final String LANGUAGE = "site.html.lang";

    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action");
    private static final Set<String> RESOURCE_TAGS = Set.of("script", "link", "img", "image", "iframe", "source", "video", "audio",
            "embed", "object", "use");

    private final Path siteDirectory;
    private final Path displayDirectory;
    private final Map<Path, Document> parsed = new HashMap<>();

    /**
     * @param siteDirectory    the site's root folder
     * @param displayDirectory how messages name it ({@code build/site})
     */
    public SiteLinkChecker(Path siteDirectory, Path displayDirectory) {
        this.siteDirectory = siteDirectory.toAbsolutePath().normalize();
        this.displayDirectory = displayDirectory;
    }

    /** Fails with every finding at once. */
    public void verify(ReviewersSite.Result result) {
        List<Finding> findings = check(result.pages(), result.requiredPages(), result.stylesheets());
        if (!findings.isEmpty()) {
            throw new ValidationException("The site has", findings);
        }
    }

    /**
     * @param pages         the HTML pages the site stage wrote (site paths); their links are checked
     * @param requiredPages pages that must exist and be reachable (one per model element)
     * @param stylesheets   the site's own stylesheets, checked for remote {@code url()}s
     */
    public List<Finding> check(Collection<String> pages, Collection<String> requiredPages, Collection<String> stylesheets) {
        List<Finding> findings = new ArrayList<>();
        for (String required : requiredPages) {
            if (!pages.contains(required) || !Files.isRegularFile(siteDirectory.resolve(required))) {
                findings.add(new Finding(MISSING_PAGE, Location.of(display(required)), "does not exist, but the model has an element for it.",
                        "Every element needs a page: check SiteModel.hasPage and the site stage."));
            }
        }
        Map<String, Set<String>> linksByPage = new HashMap<>();
        for (String page : pages) {
            Path file = siteDirectory.resolve(page);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Document document = parse(file);
            checkLanguage(page, document, findings);
            checkHeadings(page, document, findings);
            checkAlternatives(page, document, findings);
            linksByPage.put(page, checkLinks(page, file, document, findings));
        }
        for (String stylesheet : stylesheets) {
            checkStylesheet(stylesheet, findings);
        }
        Set<String> reachable = reachableFrom(SitePages.LANDING, linksByPage);
        for (String page : pages) {
            if (!reachable.contains(page)) {
                findings.add(new Finding(UNREACHABLE, Location.of(display(page)), "cannot be reached from "
                        + display(SitePages.LANDING) + " by following links.", "Link it from the landing page, the navigation or an index page."));
            }
        }
        return findings;
    }

    /** Checks every link of one page; returns the site pages its links and forms lead to (what a reader can follow). */
    private Set<String> checkLinks(String page, Path file, Document document, List<Finding> findings) {
        Set<String> linked = new LinkedHashSet<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (!LINK_ATTRIBUTES.contains(attribute.getKey())) {
                    continue;
                }
                String value = attribute.getValue().strip();
                Location where = Location.of(display(page), line(element));
                String tag = "<" + element.tagName() + " " + attribute.getKey() + "=\"" + value + "\">";
                LocalReferences.Resolved resolved = LocalReferences.resolve(siteDirectory, file, value);
                if (resolved.kind() == LocalReferences.Kind.REMOTE) {
                    if (RESOURCE_TAGS.contains(element.tagName()) || !value.matches("(?i)^https?:.*")) {
                        findings.add(new Finding(EXTERNAL, where, tag + " loads from outside the site.",
                                "Bundle the file in the site (the site must work with no network)."));
                    }
                    continue;
                }
                checkInternal(where, tag, resolved, findings).ifPresent(target -> {
                    if (element.tagName().equals("a") || element.tagName().equals("form")) {
                        linked.add(target);
                    }
                });
            }
        }
        return linked;
    }

    /** The site path a local reference leads to, after checking it stays in the site, exists, and has its anchor. */
    private java.util.Optional<String> checkInternal(Location where, String tag, LocalReferences.Resolved resolved, List<Finding> findings) {
        switch (resolved.kind()) {
            case NONE, REMOTE -> {
                return java.util.Optional.empty();
            }
            case OUTSIDE -> {
                findings.add(new Finding(OUTSIDE, where, tag + " leaves the site folder.",
                        "Copy what it points to into the site so the folder stands alone."));
                return java.util.Optional.empty();
            }
            default -> {
                // inside the site: checked below
            }
        }
        Path target = resolved.target();
        String sitePath = siteDirectory.relativize(target).toString().replace('\\', '/');
        if (resolved.kind() == LocalReferences.Kind.MISSING) {
            findings.add(new Finding(TARGET, where, tag + " points to " + display(sitePath) + ", which does not exist.",
                    Files.isDirectory(target) ? "Link the folder's index.html (file:// does not open folders)." : ""));
            return java.util.Optional.empty();
        }
        String fragment = resolved.fragment();
        if (!fragment.isEmpty() && sitePath.endsWith(".html") && !ids(target).contains(decode(fragment))) {
            findings.add(new Finding(ANCHOR, where, tag + " points to #" + fragment + ", but " + display(sitePath)
                    + " has no element with that id.", ""));
        }
        return java.util.Optional.of(sitePath);
    }

    private void checkLanguage(String page, Document document, List<Finding> findings) {
        Element html = document.selectFirst("html");
        if (html == null || !"pt-BR".equals(html.attr("lang"))) {
            findings.add(new Finding(LANGUAGE, Location.of(display(page)),
                    "<html> must have lang=\"pt-BR\" (screen readers and hyphenation depend on it).",
                    ""));
        }
    }

    /** One h1 per page, and each heading at most one level below the one before it. */
    private void checkHeadings(String page, Document document, List<Finding> findings) {
        var headings = document.select("h1, h2, h3, h4, h5, h6");
        long h1 = headings.stream().filter(heading -> heading.tagName().equals("h1")).count();
        if (h1 != 1) {
            findings.add(new Finding(HEADINGS, Location.of(display(page)),
                    "has " + h1 + " <h1> headings; a page has exactly one, its title.",
                    ""));
        }
        int previous = 0;
        for (Element heading : headings) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                findings.add(new Finding(HEADINGS, Location.of(display(page), line(heading)),
                        "<" + heading.tagName() + "> \"" + heading.text() + "\" follows an <h" + previous
                                + ">; headings must not skip a level.",
                        ""));
            }
            previous = level;
        }
    }

    private void checkAlternatives(String page, Document document, List<Finding> findings) {
        for (Element image : document.select("img")) {
            if (image.attr("alt").isBlank()) {
                findings.add(new Finding(ALT, Location.of(display(page), line(image)),
                        "<img src=\"" + image.attr("src") + "\"> has no alt text.",
                        "Describe what the picture shows."));
            }
        }
        for (Element svg : document.select("svg")) {
            boolean nested = svg.parents().stream().anyMatch(parent -> parent.tagName().equals("svg"));
            boolean labelled = !svg.attr("aria-label").isBlank() || !svg.attr("aria-labelledby").isBlank()
                    || svg.parents().stream().anyMatch(parent -> !parent.attr("aria-label").isBlank())
                    || "true".equals(svg.attr("aria-hidden")) || svg.selectFirst("> title") != null;
            if (!nested && !labelled) {
                findings.add(new Finding(ALT, Location.of(display(page), line(svg)),
                        "an inline <svg> has no text alternative (aria-label on it or its frame, or a <title>).",
                        ""));
            }
        }
    }

    private void checkStylesheet(String stylesheet, List<Finding> findings) {
        Path file = siteDirectory.resolve(stylesheet);
        try {
            String css = Files.readString(file, StandardCharsets.UTF_8);
            for (LocalReferences.CssReference reference : LocalReferences.inCss(css)) {
                int line = (int) css.substring(0, reference.offset()).chars().filter(c -> c == '\n').count() + 1;
                Location where = Location.of(display(stylesheet), line);
                LocalReferences.Resolved resolved = LocalReferences.resolve(siteDirectory, file, reference.value());
                if (resolved.kind() == LocalReferences.Kind.REMOTE) {
                    findings.add(new Finding(EXTERNAL, where, "loads from outside the site (remote url() or @import).",
                            "Bundle fonts and images in the site."));
                } else {
                    checkInternal(where, "url(" + reference.value() + ")", resolved, findings);
                }
            }
        } catch (IOException e) {
            findings.add(new Finding(TARGET, Location.of(display(stylesheet)),
                    "cannot be read (" + e.getMessage() + ").",
                    ""));
        }
    }

    private static Set<String> reachableFrom(String start, Map<String, Set<String>> linksByPage) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (seen.add(page)) {
                queue.addAll(linksByPage.getOrDefault(page, Set.of()));
            }
        }
        return seen;
    }

    private Set<String> ids(Path file) {
        Document document = parse(file);
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(element -> ids.add(element.id()));
        document.select("a[name]").forEach(element -> ids.add(element.attr("name")));
        return ids;
    }

    private Document parse(Path file) {
        return parsed.computeIfAbsent(file, path -> {
            try {
                return Jsoup.parse(Files.readString(path, StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
            } catch (IOException e) {
                throw new BuildException(path + ": cannot read a site page for the link check (" + e.getMessage() + ")", e);
            }
        });
    }

    private static String decode(String fragment) {
        try {
            return new URI("a:b#" + fragment).getFragment();
        } catch (URISyntaxException e) {
            return fragment;
        }
    }

    private static int line(Element element) {
        return element.sourceRange().start().lineNumber();
    }

    private String display(String sitePath) {
        return displayDirectory.resolve(sitePath).toString().replace('\\', '/');
    }
}
