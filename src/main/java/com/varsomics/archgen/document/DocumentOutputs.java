package com.varsomics.archgen.document;

import com.varsomics.archgen.text.Inline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the document stage hands to the stages after it (the reviewers' site), as data: the requirements it read from
 * {@code docs/requisitos.tsv}, the rows of the risks table ({@code [.riscos]}), the sections with their numbers and
 * anchors, chapter 9's cost totals and the document's HTML pages (one per chapter, plus the table of contents), each
 * with the anchors it holds. No later stage reads the document's rendered output to learn any of it.
 *
 * @param costs the proposal's monthly totals, when the document has the section {@code #custos-totais}
 */
public record DocumentOutputs(Requirements requirements, List<Risk> risks, List<Section> sections, Optional<CostTotals> costs,
                              List<Page> pages) {

    /** Where the site publishes the document's pages, relative to {@code build/site}. */
    public static final String SITE_FOLDER = "documento";
    /** The site's diagrams folder as seen from a page of the document. */
    public static final String DIAGRAMS_HREF = "../diagramas/";
    /** The table of contents' page id ({@code documento/index.html}). */
    public static final String INDEX_PAGE = "index";

    public DocumentOutputs {
        risks = List.copyOf(risks);
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
    }

    /**
     * A row of the risks table, its cells as runs (code, emphasis and links kept as data).
     *
     * @param number             the "#" column, e.g. {@code 7}
     * @param anchor             the row's anchor in the HTML, {@code risco-07}
     * @param elementIdentifiers DSL identifiers of the elements its "Elemento" column links
     */
    public record Risk(String number, String anchor, List<Inline> title, List<Inline> mitigation, List<Inline> verification,
                       List<String> elementIdentifiers) {

        public Risk {
            title = List.copyOf(title);
            mitigation = List.copyOf(mitigation);
            verification = List.copyOf(verification);
            elementIdentifiers = List.copyOf(elementIdentifiers);
        }

        /** The anti-pattern as plain text. */
        public String titleText() {
            return Inline.plain(title);
        }

        /** A risk whose cells are plain text (tests). */
        public static Risk of(String title, List<String> elementIdentifiers, String verification) {
            return new Risk("", "", List.of(Inline.text(title)), List.of(), List.of(Inline.text(verification)), elementIdentifiers);
        }

        /** The anchor of risk {@code number}: two digits, so they sort ({@code risco-07}). */
        public static String anchorOf(String number) {
            return "risco-" + (number.matches("\\d") ? "0" + number : number);
        }
    }

    /**
     * A section of the document.
     *
     * @param anchor its id in the HTML
     * @param number its number as shown ({@code 9.4}), empty for unnumbered sections
     * @param title  its title as shown, with the number
     * @param text   its own text (not its subsections'), shortened for a search index
     */
    public record Section(String anchor, String number, String title, String text) {
    }

    /**
     * One HTML page of the document: a chapter, or the table of contents ({@link #INDEX_PAGE}).
     *
     * @param id       the page's file name without {@code .html}, e.g. the chapter's anchor {@code custos}
     * @param volume   the volume it belongs to (its source file's name, e.g. {@code arquitetura})
     * @param title    the chapter's title as shown
     * @param fragment the file holding the page's body (HTML, headings starting at {@code h1}, links between pages
     *                 already pointing at {@code <id>.html#anchor}), which the site wraps in its layout
     * @param anchors  every id the page holds
     * @param images   the diagram files it shows, by name ({@code containers.svg}): the site serves them from
     *                 {@link #DIAGRAMS_HREF}, where it also has each view's page ({@code <view>.html})
     */
    public record Page(String id, String volume, String title, Path fragment, List<String> anchors, List<String> images) {

        public Page {
            anchors = List.copyOf(anchors);
            images = List.copyOf(images);
        }

        /** Its path in the site. */
        public String sitePath() {
            return SITE_FOLDER + "/" + id + ".html";
        }
    }

    /** The site path and anchor of an anchor of the document ({@code documento/custos.html#custos-totais}), if it has one. */
    public Optional<String> href(String anchor) {
        return href(pages, anchor);
    }

    /** The same, among these pages: the first page holding the anchor, the table of contents last. */
    public static Optional<String> href(List<Page> pages, String anchor) {
        return pages.stream().filter(page -> !page.id().equals(INDEX_PAGE) && page.anchors().contains(anchor)).findFirst()
                .or(() -> pages.stream().filter(page -> page.anchors().contains(anchor)).findFirst())
                .map(page -> page.sitePath() + "#" + anchor);
    }
}
