package com.varsomics.archgen.slides;

import com.varsomics.archgen.validation.Finding;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

/**
 * Writes each main slide's {@code tempo} as reveal.js {@code data-timing} on its {@code <section>}: the reveal.js
 * converter has no attribute for it, and the speaker view's pacing timer reads it. Backups get none and count 0 s
 * (the deck sets reveal.js {@code defaultTiming} to 0).
 */
final class TimingPostprocessor extends Postprocessor {

    private final DeckOutline outline;

    TimingPostprocessor(DeckOutline outline) {
        this.outline = outline;
    }

    @Override
    public String process(Document document, String output) {
        String html = output;
        for (Slide slide : outline.slides()) {
            if (slide.backup() || slide.seconds().isEmpty() || slide.id() == null) {
                continue;
            }
            String opening = "<section id=\"" + slide.id() + "\"";
            int at = html.indexOf(opening);
            if (at < 0 || html.indexOf(opening, at + 1) >= 0) {
                outline.unresolved(new Finding(SlideTimingRule.KEY, slide.describe() + ": cannot find exactly one <section id=\""
                        + slide.id() + "\"> to write its data-timing. Give the slide a unique id ([#id] above its heading)."));
                continue;
            }
            int end = at + opening.length();
            html = html.substring(0, end) + " data-timing=\"" + slide.seconds().getAsInt() + "\"" + html.substring(end);
        }
        return html;
    }
}
