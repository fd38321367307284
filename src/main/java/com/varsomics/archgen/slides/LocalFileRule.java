package com.varsomics.archgen.slides;

import com.varsomics.archgen.ExternalUrls;
import com.varsomics.archgen.check.Finding;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every file the deck loads exists in the deck folder: images and diagrams, stylesheets, scripts, the plugins
 * that Reveal.initialize loads, and the fonts and imports the stylesheets name. A reference that leaves the
 * folder counts as missing, since the folder is what gets copied to the presenting machine.
 */
final class LocalFileRule implements OutputRule {

    static final String KEY = "slides.file.missing";

    private static final List<String> ATTRIBUTES = List.of("src", "href", "data", "poster", "data-src",
            "data-background-image", "data-background-video");
    /** reveal.js plugins listed in the inline configuration: {@code { src: 'reveal.js/plugin/notes/notes.js', … }}. */
    private static final Pattern SCRIPT_DEPENDENCY = Pattern.compile("\\bsrc:\\s*'([^']+)'");
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*(?:'([^']*)'|\"([^\"]*)\"|([^)'\"\\s]*))\\s*\\)|@import\\s+(?:'([^']*)'|\"([^\"]*)\")");

    @Override
    public List<Finding> check(BuiltDeck deck) {
        List<Finding> findings = new ArrayList<>();
        Path index = deck.indexFile();
        for (Element element : deck.html().getAllElements()) {
            int line = element.sourceRange().start().lineNumber();
            for (String attribute : ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    check(deck, index, line, element.attr(attribute), "<" + element.tagName() + " " + attribute + ">", findings);
                }
            }
            for (DataNode data : element.dataNodes()) {
                String code = data.getWholeData();
                Pattern pattern = element.tagName().equals("style") ? CSS_REFERENCE : SCRIPT_DEPENDENCY;
                String searched = element.tagName().equals("style") ? Comments.blankCss(code) : Comments.blankJavaScript(code);
                Matcher matcher = pattern.matcher(searched);
                while (matcher.find()) {
                    check(deck, index, line + BuiltDeck.lineAt(code, matcher.start()) - 1, firstGroup(matcher),
                            "inline <" + element.tagName() + ">", findings);
                }
            }
        }
        for (Path css : deck.files(".css")) {
            String text = BuiltDeck.read(css);
            Matcher matcher = CSS_REFERENCE.matcher(Comments.blankCss(text));
            while (matcher.find()) {
                check(deck, css, BuiltDeck.lineAt(text, matcher.start()), firstGroup(matcher), "stylesheet", findings);
            }
        }
        return findings;
    }

    private static void check(BuiltDeck deck, Path from, int line, String reference, String what, List<Finding> findings) {
        String path = reference.strip();
        if (path.isEmpty() || path.startsWith("#") || path.matches("(?i)(data|about|javascript|mailto|blob):.*")
                || ExternalUrls.firstIn(path).isPresent()) {
            return; // nothing to load, or a remote URL, which RemoteUrlRule reports
        }
        String withoutQuery = path.replaceFirst("[?#].*$", "");
        Path target = from.getParent().resolve(URLDecoder.decode(withoutQuery.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(deck.directory())) {
            findings.add(new Finding(KEY, deck.where(from, line),
                    what + " refers to " + reference + ", outside the deck folder " + deck.directory() + ".",
                    "Copy the file into the deck in the slides stage."));
        } else if (!Files.isRegularFile(target)) {
            findings.add(new Finding(KEY, deck.where(from, line),
                    what + " refers to " + reference + ", which is not in the deck (" + target + ").",
                    "Check the image or diagram name in the source, or add the file to what the slides stage copies (SlideVendor, slides/tema)."));
        }
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }
}
