package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.text.Inline;
import com.varsomics.archgen.text.Inline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The risks of chapter 11 as this stage rendered them: every body row of the HTML table with role {@code riscos}
 * (the table {@link StructureCollector} reads), its cells kept as {@link Inline} runs, its "Elemento" links mapped
 * back to DSL identifiers, and an anchor {@code risco-NN} set on the row. Reading the stage's own converted HTML
 * gives the later stages the same code spans and links the reader sees in the document, as data.
 */
final class RenderedRisks {

    /** The document's risks table and the columns its checks read; the site reads three more for display. */
    static final String TABLE = "table." + DocumentReferences.Risk.TABLE_ROLE;
    static final String ELEMENT_COLUMN = DocumentReferences.Risk.ELEMENT_COLUMN;
    static final String VERIFICATION_COLUMN = DocumentReferences.Risk.VERIFICATION_COLUMN;
    static final String NUMBER_COLUMN = "#";
    static final String TITLE_COLUMN = "Risco";
    static final String MITIGATION_COLUMN = "Mitigação";

    private static final String ELEMENT_ANCHOR = "#elemento-";
    private static final String REQUIREMENT_ANCHOR = "#requisito-";

    private RenderedRisks() {
    }

    /**
     * Reads the rows and gives each its anchor ({@code <tr id="risco-07">}).
     *
     * @param displayPath the document's HTML as named in messages
     */
    static List<DocumentOutputs.Risk> read(Document html, ArchitectureModel model, String displayPath) {
        List<DocumentOutputs.Risk> risks = new ArrayList<>();
        for (Element table : html.select(TABLE)) {
            List<String> header = table.select("> thead > tr > th").eachText();
            int number = header.indexOf(NUMBER_COLUMN);
            int title = indexOf(header, column -> column.startsWith(TITLE_COLUMN));
            int mitigation = header.indexOf(MITIGATION_COLUMN);
            int element = header.indexOf(ELEMENT_COLUMN);
            int verification = header.indexOf(VERIFICATION_COLUMN);
            if (title < 0 || mitigation < 0 || element < 0 || verification < 0) {
                throw new BuildException(displayPath + ": the risks table needs the columns '" + TITLE_COLUMN + "…', '" + MITIGATION_COLUMN
                        + "', '" + ELEMENT_COLUMN + "' and '" + VERIFICATION_COLUMN + "' for the site's element pages (found " + header + ").");
            }
            for (Element row : table.select("> tbody > tr")) {
                List<Element> cells = row.select("> td");
                if (cells.size() != header.size()) {
                    throw new BuildException(displayPath + ": a row of the risks table has " + cells.size() + " cells, the header "
                            + header.size() + " (row: " + row.text() + ").");
                }
                List<Inline> elementRuns = runs(cells.get(element), model);
                String rowNumber = number < 0 ? String.valueOf(risks.size() + 1) : cells.get(number).text().strip();
                String anchor = DocumentOutputs.Risk.anchorOf(rowNumber);
                row.id(anchor);
                risks.add(new DocumentOutputs.Risk(rowNumber, anchor,
                        runs(cells.get(title), model), runs(cells.get(mitigation), model), runs(cells.get(verification), model),
                        elementRuns.stream().filter(run -> run.kind() == Inline.Kind.ELEMENT).map(Inline::target).toList()));
            }
        }
        return List.copyOf(risks);
    }

    /**
     * Fails unless the rows read from the HTML are the rows {@link StructureCollector} collected from the source, row by
     * row with the same elements: the HTML is only another view of the table the document's checks passed.
     */
    static void verify(List<DocumentOutputs.Risk> read, List<DocumentReferences.Risk> collected, String displayPath) {
        List<String> problems = new ArrayList<>();
        if (read.size() != collected.size()) {
            problems.add("the HTML has " + read.size() + " risk rows, the source " + collected.size());
        } else {
            for (int i = 0; i < collected.size(); i++) {
                Set<String> html = lowerCase(read.get(i).elementIdentifiers());
                Set<String> source = lowerCase(collected.get(i).elementIds());
                if (!html.equals(source)) {
                    problems.add("row " + (i + 1) + " (" + collected.get(i).location() + ") names " + source
                            + " in the source but links " + html + " in the HTML");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(displayPath + ": the risks table in the document's HTML does not match its source;"
                    + " the site would list risks on the wrong element pages:\n  " + String.join("\n  ", problems));
        }
    }

    /** A cell's text as runs: code, emphasis and links kept, any other markup reduced to its text. */
    static List<Inline> runs(Element cell, ArchitectureModel model) {
        List<Inline> runs = new ArrayList<>();
        List<Element> paragraphs = cell.select("> p");
        for (Element paragraph : paragraphs.isEmpty() ? List.of(cell) : paragraphs) {
            if (!runs.isEmpty()) {
                append(runs, Inline.text(" "));
            }
            collect(paragraph, model, runs);
        }
        return List.copyOf(runs);
    }

    private static void collect(Element parent, ArchitectureModel model, List<Inline> runs) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                append(runs, Inline.text(text.text()));
            } else if (node instanceof Element element) {
                switch (element.normalName()) {
                    case "code", "kbd", "samp" -> runs.add(new Inline(Inline.Kind.CODE, element.text(), ""));
                    case "strong", "b" -> runs.add(new Inline(Inline.Kind.STRONG, element.text(), ""));
                    case "em", "i" -> runs.add(new Inline(Inline.Kind.EMPHASIS, element.text(), ""));
                    case "a" -> runs.add(link(element, model));
                    case "br" -> append(runs, Inline.text(" "));
                    default -> collect(element, model, runs);
                }
            }
        }
    }

    private static Inline link(Element anchor, ArchitectureModel model) {
        String href = anchor.attr("href");
        String text = anchor.text();
        if (href.startsWith(ELEMENT_ANCHOR)) {
            String identifier = href.substring(ELEMENT_ANCHOR.length());
            return model.findByIdentifier(identifier)
                    .map(element -> new Inline(Inline.Kind.ELEMENT, text, ArchitectureModel.identifierOf(element)))
                    .orElse(new Inline(Inline.Kind.DOCUMENT, text, href.substring(1)));
        }
        if (href.startsWith(REQUIREMENT_ANCHOR)) {
            return new Inline(Inline.Kind.REQUIREMENT, text, href.substring(REQUIREMENT_ANCHOR.length()).toUpperCase(Locale.ROOT));
        }
        if (href.startsWith("#") && href.length() > 1) {
            return new Inline(Inline.Kind.DOCUMENT, text, href.substring(1));
        }
        return Inline.text(text); // the site links nothing outside itself
    }

    /** Adjacent text runs are one run, so the output does not depend on how jsoup split the text. */
    private static void append(List<Inline> runs, Inline run) {
        if (!runs.isEmpty() && runs.getLast().kind() == Inline.Kind.TEXT) {
            runs.set(runs.size() - 1, Inline.text(runs.getLast().text() + run.text()));
        } else {
            runs.add(run);
        }
    }

    private static int indexOf(List<String> header, Predicate<String> matches) {
        for (int i = 0; i < header.size(); i++) {
            if (matches.test(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> lowerCase(List<String> identifiers) {
        Set<String> result = new TreeSet<>();
        identifiers.forEach(identifier -> result.add(identifier.toLowerCase(Locale.ROOT)));
        return result;
    }
}
