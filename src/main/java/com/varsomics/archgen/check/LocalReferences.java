package com.varsomics.archgen.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The one reading of a reference in a generated page or stylesheet ({@code src}, {@code href}, CSS {@code url()} and
 * {@code @import}) that the offline checks of the deck ({@code slides.file.missing}) and of the site
 * ({@code site.link.*}, {@code site.resource.external}) share: nothing to load, a network address, or a file that must
 * be inside the folder that is copied or served whole.
 */
public final class LocalReferences {

    /** What a reference leads to. */
    public enum Kind {
        /** nothing is loaded: empty, {@code data:} or {@code mailto:} */
        NONE,
        /** a scheme ({@code https:}, {@code javascript:}…) or a protocol-relative {@code //host} */
        REMOTE,
        /** a relative path that climbs out of the folder */
        OUTSIDE,
        /** a path inside the folder with no regular file there (it may be a folder) */
        MISSING,
        /** a file inside the folder */
        FOUND
    }

    /**
     * @param target   the file a local reference resolves to (the referring file itself for {@code #anchor}), else null
     * @param fragment what follows {@code #}, or ""
     */
    public record Resolved(Kind kind, Path target, String fragment) {
    }

    /** A reference inside a stylesheet and the offset where it starts, for the finding's line. */
    public record CssReference(String value, int offset) {
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*(?:'([^']*)'|\"([^\"]*)\"|([^)'\"\\s]*))\\s*\\)|@import\\s+(?:'([^']*)'|\"([^\"]*)\")");

    private LocalReferences() {
    }

    /**
     * @param root      the folder that must hold every file the page loads or links
     * @param from      the page or stylesheet that holds the reference
     * @param reference the attribute or {@code url()} value as written
     */
    public static Resolved resolve(Path root, Path from, String reference) {
        String value = reference.strip();
        if (value.isEmpty() || value.regionMatches(true, 0, "data:", 0, 5) || value.regionMatches(true, 0, "mailto:", 0, 7)) {
            return new Resolved(Kind.NONE, null, "");
        }
        if (value.startsWith("//") || SCHEME.matcher(value).find()) {
            return new Resolved(Kind.REMOTE, null, "");
        }
        String withoutQuery = value.replaceFirst("\\?[^#]*", "");
        int hash = withoutQuery.indexOf('#');
        String path = hash >= 0 ? withoutQuery.substring(0, hash) : withoutQuery;
        String fragment = hash >= 0 ? withoutQuery.substring(hash + 1) : "";
        Path folder = root.toAbsolutePath().normalize();
        Path target = path.isEmpty() ? from.toAbsolutePath().normalize()
                : from.toAbsolutePath().getParent().resolve(decoded(path)).normalize();
        if (!target.startsWith(folder)) {
            return new Resolved(Kind.OUTSIDE, target, fragment);
        }
        return new Resolved(Files.isRegularFile(target) ? Kind.FOUND : Kind.MISSING, target, fragment);
    }

    /** The path as the browser asks for it: {@code %20} is a space, a {@code +} stays a plus, a stray {@code %} stays. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    /** Every {@code url(…)} and {@code @import} of a stylesheet (comments blanked out by the caller), in order. */
    public static List<CssReference> inCss(String css) {
        return CSS_REFERENCE.matcher(css).results().map(match -> new CssReference(firstGroup(match), match.start())).toList();
    }

    private static String firstGroup(MatchResult match) {
        for (int group = 1; group <= match.groupCount(); group++) {
            if (match.group(group) != null) {
                return match.group(group);
            }
        }
        return "";
    }
}
