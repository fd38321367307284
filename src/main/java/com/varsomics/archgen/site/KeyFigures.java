package com.varsomics.archgen.site;

import com.structurizr.model.Element;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proposal's key numbers that the landing page shows, read from the workspace's {@code properties} block so
 * no template carries a number. Each figure must also appear in the description of some element, so the landing
 * page cannot promise what the model does not say.
 *
 * @param availability        the availability target, as written (e.g. {@code 99,9%})
 * @param inputRetentionDays  how long input files are kept (the case: one year)
 * @param resultRetentionDays how long results are kept (the case: five years)
 * @param monthlyCost         the monthly cost estimate, once the document's cost chapter provides it
 */
public record KeyFigures(String availability, int inputRetentionDays, int resultRetentionDays, Optional<String> monthlyCost) {

    public static final String AVAILABILITY = "proposta.disponibilidade";
    public static final String INPUT_RETENTION_DAYS = "proposta.retencao.entradas.dias";
    public static final String RESULT_RETENTION_DAYS = "proposta.retencao.resultados.dias";
    /**
     * The monthly cost of the proposal as chapter 9's totals table states it, month 1 then month 60
     * ({@code "≈ US$ 6.020 a US$ 7.300"}); checked against that table whenever the document is part of the build.
     */
    public static final String MONTHLY_COST = "proposta.custo.mensal";

    static final String UNSUPPORTED_KEY = "site.figure.unsupported";
    static final String COST_KEY = "site.figure.cost";

    /** Reads the figures from the workspace properties; a missing or malformed one fails with what to add. */
    public static KeyFigures from(ArchitectureModel model) {
        Map<String, String> properties = model.workspace().getProperties();
        return new KeyFigures(
                required(model, properties, AVAILABILITY, "\"99,9%\""),
                days(model, properties, INPUT_RETENTION_DAYS, "\"365\""),
                days(model, properties, RESULT_RETENTION_DAYS, "\"1827\""),
                Optional.ofNullable(properties.get(MONTHLY_COST)).map(String::strip).filter(value -> !value.isEmpty()));
    }

    /** "1 ano", "5 anos": the retention in whole years, as the case states it. */
    public static String years(int days) {
        long years = Math.round(days / 365.25);
        return years == 1 ? "1 ano" : years + " anos";
    }

    /** Figures that no element description backs up (the text each must contain: "99,9%", "365 dias"…). */
    public List<Finding> unsupported(ArchitectureModel model) {
        List<Finding> findings = new ArrayList<>();
        check(model, AVAILABILITY, availability, findings);
        check(model, INPUT_RETENTION_DAYS, inputRetentionDays + " dias", findings);
        check(model, RESULT_RETENTION_DAYS, resultRetentionDays + " dias", findings);
        return findings;
    }

    /** Whether the cost figure quotes chapter 9's totals (month 1, then month 60), and nothing else. */
    public List<Finding> disagreeing(DocumentCosts costs, ArchitectureModel model) {
        List<String> expected = List.of(costs.firstMonth(), costs.lastMonth());
        String example = "\"" + MONTHLY_COST + "\" \"≈ US$ " + costs.firstMonth() + " a US$ " + costs.lastMonth() + "\"";
        if (monthlyCost.isEmpty()) {
            return List.of(new Finding(COST_KEY, model.whereWorkspace(), "workspace property '" + MONTHLY_COST + "' is missing while the"
                    + " document's chapter 9 states the monthly totals (" + costs.scenario() + ").", "Add it to the properties block: " + example + "."));
        }
        List<String> quoted = DocumentCosts.amounts(monthlyCost.get());
        if (!quoted.equals(expected)) {
            return List.of(new Finding(COST_KEY, model.whereWorkspace(), "workspace property '" + MONTHLY_COST + "' says '" + monthlyCost.get()
                    + "', but chapter 9 (\"Totais mensais para os slides\", " + costs.scenario() + ") gives US$ " + costs.firstMonth()
                    + " in month 1 and US$ " + costs.lastMonth() + " in month 60.", "Make them agree, e.g. " + example + "."));
        }
        return List.of();
    }

    private static void check(ArchitectureModel model, String property, String text, List<Finding> findings) {
        boolean backed = model.workspace().getModel().getElements().stream()
                .map(Element::getDescription)
                .anyMatch(description -> description != null && description.contains(text));
        if (!backed) {
            findings.add(new Finding(UNSUPPORTED_KEY, model.whereWorkspace(), "workspace property '" + property + "' says '" + text
                    + "', but no element description mentions it.", "Describe it on the element that delivers it, or correct the property."));
        }
    }

    private static String required(ArchitectureModel model, Map<String, String> properties, String key, String example) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            throw new BuildException(model.dslFile() + ": workspace property '" + key + "' is missing. The site's landing page shows it;"
                    + " add it to the workspace's properties block, e.g. \"" + key + "\" " + example + ".");
        }
        return value.strip();
    }

    private static int days(ArchitectureModel model, Map<String, String> properties, String key, String example) {
        String value = required(model, properties, key, example);
        if (!value.matches("[1-9][0-9]{0,4}")) {
            throw new BuildException(model.dslFile() + ": workspace property '" + key + "' must be a whole number of days, found '"
                    + value + "' (e.g. \"" + key + "\" " + example + ").");
        }
        return Integer.parseInt(value);
    }
}
