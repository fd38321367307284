package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proposal's monthly totals as chapter 9 states them: the first body row (the proposal) of the table in the
 * section {@code #custos-totais} ("Totais mensais para os slides"), in the columns "Mês 1" and "Mês 60", read from this
 * stage's converted HTML. The site's cost figure (workspace property {@code proposta.custo.mensal}) must quote them.
 *
 * @param scenario   the row's first cell
 * @param firstMonth the month-1 total as written, e.g. {@code 5.930}
 * @param lastMonth  the month-60 total as written
 */
public record CostTotals(String scenario, String firstMonth, String lastMonth) {

    static final String FIRST_MONTH_COLUMN = "Mês 1";
    static final String LAST_MONTH_COLUMN = "Mês 60";
    /** An amount as the document writes it in pt-BR: {@code 5.930}, {@code 12.400}, {@code 950}. */
    static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?(?![\\d.,]*\\d)");

    /** The section whose table holds the totals (chapter 9, "Totais mensais para os slides"). */
    public static final String ANCHOR = "custos-totais";

    /** The totals, or empty when the document has no section {@code #custos-totais} (fixtures). */
    static Optional<CostTotals> read(Document html, String displayPath) {
        String section = "#" + ANCHOR;
        Element heading = html.selectFirst(section);
        if (heading == null) {
            return Optional.empty();
        }
        Element table = heading.parent() == null ? null : heading.parent().selectFirst("table");
        if (table == null) {
            throw new BuildException(displayPath + ": the site's cost figure is checked against the table under the anchor " + section
                    + " (chapter 9, \"Totais mensais para os slides\"), which has no table. Keep the totals table in that section.");
        }
        List<String> header = table.select("thead > tr > th").eachText();
        int first = header.indexOf(FIRST_MONTH_COLUMN);
        int last = header.indexOf(LAST_MONTH_COLUMN);
        Element row = table.selectFirst("tbody > tr");
        if (first < 0 || last < 0 || row == null) {
            throw new BuildException(displayPath + ": the table under " + section + " needs the columns '" + FIRST_MONTH_COLUMN + "' and '"
                    + LAST_MONTH_COLUMN + "' and the proposal in its first row (found " + header + ").");
        }
        List<String> cells = row.select("> td").eachText();
        return Optional.of(new CostTotals(cells.getFirst(), amount(cells.get(first), displayPath), amount(cells.get(last), displayPath)));
    }

    /** The amounts written in a text, in order: {@code "≈ US$ 5.930 a US$ 7.720"} → 5.930, 7.720. */
    public static List<String> amounts(String text) {
        List<String> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            amounts.add(matcher.group());
        }
        return amounts;
    }

    private static String amount(String cell, String displayPath) {
        List<String> amounts = amounts(cell);
        if (amounts.size() != 1) {
            throw new BuildException(displayPath + ": expected one amount in the totals cell '" + cell + "'.");
        }
        return amounts.getFirst();
    }
}
