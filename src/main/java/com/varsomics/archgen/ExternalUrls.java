package com.varsomics.archgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a browser or viewer would fetch from a network in a generated file; the deliverables must have none.
 * Used by the build's own checks (the slide deck) and by the tests of every deliverable.
 */
public final class ExternalUrls {

    /** An absolute or protocol-relative URL with a host name. */
    private static final Pattern URL = Pattern.compile("(?i)([a-z][a-z0-9+.-]*:)?//[a-z0-9-]+(\\.[a-z0-9-]+)+[^\\s\"'<>)]*");

    /** XML namespace names are identifiers that no viewer fetches. */
    private static final String[] NAMESPACES = {
            "xmlns=\"http://www.w3.org/2000/svg\"",
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
            "xmlns=\"http://www.w3.org/1999/xhtml\""};

    /** One URL and where it starts in the text that was searched. */
    public record Match(String url, int offset) {
    }

    private ExternalUrls() {
    }

    public static Optional<String> firstIn(String text) {
        List<Match> matches = allIn(text);
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.getFirst().url());
    }

    /** Every URL in the text, in order; namespace declarations are blanked out first, so offsets stay true. */
    public static List<Match> allIn(String text) {
        String withoutNamespaces = text;
        for (String namespace : NAMESPACES) {
            withoutNamespaces = withoutNamespaces.replace(namespace, " ".repeat(namespace.length()));
        }
        List<Match> matches = new ArrayList<>();
        Matcher matcher = URL.matcher(withoutNamespaces);
        while (matcher.find()) {
            matches.add(new Match(matcher.group(), matcher.start()));
        }
        return matches;
    }
}
