package com.varsomics.archgen.slides;

import com.varsomics.archgen.check.Finding;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.util.List;

/**
 * Writes onto each slide's {@code <section>} what the reveal.js converter has no attribute for:
 * <ul>
 * <li>a main slide's {@code tempo} as {@code data-timing}, which the speaker view's pacing timer reads (backups get
 * none and count 0 s: the deck sets reveal.js {@code defaultTiming} to 0);</li>
 * <li>on a backup, {@code data-visibility="uncounted"}, so the progress bar reads 100 % on the closing slide and the
 * slide count stays the talk's, and {@code data-state="reserva"}, which lets the theme hide the slide number
 * reveal.js would repeat on every backup;</li>
 * <li>at the top of its speaker notes, which slide they belong to ("Slide 5 · Fluxo de upload"), so each notes page
 * of the printed handout names its slide.</li>
 * </ul>
 */
final class SlideSectionsPostprocessor extends Postprocessor {

    static final String NOTES_LABEL_CLASS = "notas-do-slide";
    private static final String NOTES_OPENING = "<aside class=\"notes\">";

    private final DeckOutline outline;

    SlideSectionsPostprocessor(DeckOutline outline) {
        this.outline = outline;
    }

    @Override
    public String process(Document document, String output) {
        String html = output;
        List<Slide> slides = outline.slides();
        int number = 0;
        for (Slide slide : slides) {
            number++;
            if (slide.id() == null) {
                continue;
            }
            String opening = "<section id=\"" + slide.id() + "\"";
            int at = html.indexOf(opening);
            if (at < 0 || html.indexOf(opening, at + 1) >= 0) {
                outline.unresolved(new Finding(SlideTimingRule.KEY, slide.location().asLocation(),
                        slide.subject() + ": cannot find exactly one <section id=\"" + slide.id() + "\"> to write its attributes.",
                        "Give the slide a unique id ([#id] above its heading)."));
                continue;
            }
            int end = at + opening.length();
            String attributes = slide.backup() ? " data-visibility=\"uncounted\" data-state=\"" + Slide.BACKUP_ROLE + "\""
                    : slide.seconds().isPresent() ? " data-timing=\"" + slide.seconds().getAsInt() + "\"" : "";
            html = html.substring(0, end) + attributes + html.substring(end);
            html = labelNotes(html, end, slide.backup() ? "Reserva · " + slide.title() : "Slide " + number + " · " + slide.title());
        }
        return html;
    }

    /** Puts the label first in the slide's own notes: the first notes block after its opening, before any next slide. */
    private static String labelNotes(String html, int from, String label) {
        int notes = html.indexOf(NOTES_OPENING, from);
        int nextSlide = html.indexOf("<section", from);
        if (notes < 0 || (nextSlide >= 0 && nextSlide < notes)) {
            return html;
        }
        int insert = notes + NOTES_OPENING.length();
        return html.substring(0, insert) + "<p class=\"" + NOTES_LABEL_CLASS + "\">" + label + "</p>" + html.substring(insert);
    }
}
