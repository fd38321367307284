package com.varsomics.archgen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what a browser or viewer would fetch from a network in a generated file; the deliverables must have none. */
public final class ExternalUrls {

    /** An absolute or protocol-relative URL with a host name. */
    private static final Pattern URL = Pattern.compile("(?i)([a-z][a-z0-9+.-]*:)?//[a-z0-9-]+(\\.[a-z0-9-]+)+[^\\s\"'<>)]*");

    /** XML namespace names are identifiers that no viewer fetches. */
    private static final String[] NAMESPACES = {
            "xmlns=\"http://www.w3.org/2000/svg\"",
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\"",
            "xmlns=\"http://www.w3.org/1999/xhtml\""};

    private ExternalUrls() {
    }

    public static Optional<String> firstIn(String text) {
        String withoutNamespaces = text;
        for (String namespace : NAMESPACES) {
            withoutNamespaces = withoutNamespaces.replace(namespace, "");
        }
        Matcher matcher = URL.matcher(withoutNamespaces);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
