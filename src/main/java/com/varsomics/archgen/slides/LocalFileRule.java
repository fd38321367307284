package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.LocalReferences;
import com.varsomics.archgen.check.Finding;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

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
                if (element.tagName().equals("style")) {
                    for (LocalReferences.CssReference reference : LocalReferences.inCss(Comments.blankCss(code))) {
                        check(deck, index, line + BuiltDeck.lineAt(code, reference.offset()) - 1, reference.value(), "inline <style>", findings);
                    }
                } else {
                    Matcher matcher = SCRIPT_DEPENDENCY.matcher(Comments.blankJavaScript(code));
                    while (matcher.find()) {
                        check(deck, index, line + BuiltDeck.lineAt(code, matcher.start()) - 1, matcher.group(1), "inline <script>", findings);
                    }
                }
            }
        }
        for (Path css : deck.files(".css")) {
            String text = BuiltDeck.read(css);
            for (LocalReferences.CssReference reference : LocalReferences.inCss(Comments.blankCss(text))) {
                check(deck, css, BuiltDeck.lineAt(text, reference.offset()), reference.value(), "stylesheet", findings);
            }
        }
        return findings;
    }

    private static void check(BuiltDeck deck, Path from, int line, String reference, String what, List<Finding> findings) {
        LocalReferences.Resolved resolved = LocalReferences.resolve(deck.directory(), from, reference);
        switch (resolved.kind()) {
            case OUTSIDE -> findings.add(new Finding(KEY, deck.where(from, line),
                    what + " refers to " + reference + ", outside the deck folder " + deck.directory() + ".",
                    "Copy the file into the deck in the slides stage."));
            case MISSING -> findings.add(new Finding(KEY, deck.where(from, line),
                    what + " refers to " + reference + ", which is not in the deck (" + resolved.target() + ").",
                    "Check the image or diagram name in the source, or add the file to what the slides stage copies (SlideVendor, slides/tema)."));
            default -> {
                // nothing to load, a file the deck has, or a remote URL, which RemoteUrlRule reports
            }
        }
    }
}
