package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.ExternalUrls;
import com.varsomics.archgen.check.Finding;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Nothing in the deck's HTML, CSS, JavaScript or SVG refers to a URL on another host: the deck is presented from
 * {@code file://} or a static server in a room that may have no network. Comments are skipped (license banners
 * are never fetched); so are the few strings listed in {@link #INERT}, which are text, not requests.
 */
final class RemoteUrlRule implements OutputRule {

    static final String KEY = "slides.url.external";

    /**
     * URLs that appear in bundled vendor code as text only, by file name. reveal.js's notes plugin bundles the
     * marked Markdown library, whose error messages tell the reader where to report a bug; they are shown, never
     * requested (the browser test proves the deck makes no such request).
     */
    static final Map<String, Set<String>> INERT = Map.of(
            "notes.js", Set.of("https://marked.js.org/#/USING_ADVANCED.md#options", "https://github.com/markedjs/marked."));

    @Override
    public List<Finding> check(BuiltDeck deck) {
        List<Finding> findings = new ArrayList<>(checkHtml(deck));
        for (Path css : deck.files(".css")) {
            findings.addAll(checkText(deck, css, Comments::blankCss));
        }
        for (Path js : deck.files(".js")) {
            findings.addAll(checkText(deck, js, Comments::blankJavaScript));
        }
        for (Path svg : deck.files(".svg")) {
            findings.addAll(checkText(deck, svg, UnaryOperator.identity()));
        }
        return findings;
    }

    private static List<Finding> checkHtml(BuiltDeck deck) {
        List<Finding> findings = new ArrayList<>();
        for (Element element : deck.html().getAllElements()) {
            int line = element.sourceRange().start().lineNumber();
            for (Attribute attribute : element.attributes()) {
                ExternalUrls.firstIn(attribute.getValue()).ifPresent(url -> findings.add(finding(deck.where(deck.indexFile(), line),
                        "<" + element.tagName() + " " + attribute.getKey() + "> refers to " + url)));
            }
            if (element.tagName().equals("script") || element.tagName().equals("style")) {
                UnaryOperator<String> blank = element.tagName().equals("script") ? Comments::blankJavaScript : Comments::blankCss;
                for (DataNode data : element.dataNodes()) {
                    String code = data.getWholeData();
                    for (ExternalUrls.Match match : ExternalUrls.allIn(blank.apply(code))) {
                        int at = line + BuiltDeck.lineAt(code, match.offset()) - 1;
                        findings.add(finding(deck.where(deck.indexFile(), at), "inline <" + element.tagName()
                                + "> refers to " + match.url()));
                    }
                }
            }
        }
        return findings;
    }

    private static List<Finding> checkText(BuiltDeck deck, Path file, UnaryOperator<String> withoutComments) {
        String text = BuiltDeck.read(file);
        Set<String> inert = INERT.getOrDefault(file.getFileName().toString(), Set.of());
        return ExternalUrls.allIn(withoutComments.apply(text)).stream()
                .filter(match -> !inert.contains(match.url()))
                .map(match -> finding(deck.where(file, BuiltDeck.lineAt(text, match.offset())), "refers to " + match.url()))
                .toList();
    }

    private static Finding finding(Location where, String what) {
        return new Finding(KEY, where, what + ", a remote URL; the deck must load everything from its own folder.",
                "Bundle the file (see SlideVendor) or remove the reference; for the converter's defaults, check the deck's"
                        + " :revealjs_*: attributes, :source-highlighter: and :icons:.");
    }
}
