package com.varsomics.archgen.document;

import com.varsomics.archgen.check.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Volume 1's top risks, generated from Volume 2's tables so they are never copied by hand: the priorities table
 * ({@code [.prioridades]}: risk number, probability, impact, score, why) ordered by score, each row titled with the
 * "Risco" cell of the full risks table ({@code [.riscos]}). The checks keep the priorities honest: every number is a
 * row of the full table, every score is probability × impact, and the table is ordered by score.
 */
final class TopRisks {

    /** Every prioritized risk, as a table (Volume 1's risks chapter). */
    static final String TABLE = "riscos-principais.adoc";
    /** The first {@value #SUMMARY_SIZE}, as a list (the executive summary). */
    static final String SUMMARY = "riscos-principais-resumo.adoc";
    static final int SUMMARY_SIZE = 5;
    static final String PRIORITY_KEY = "document.risk.priority";

    private TopRisks() {
    }

    static void write(Path directory, DocumentReferences references) {
        List<DocumentReferences.Priority> priorities = references.priorities();
        ModelFragments.write(directory.resolve(TABLE), table(priorities, references));
        ModelFragments.write(directory.resolve(SUMMARY), summary(priorities, references));
    }

    static String table(List<DocumentReferences.Priority> priorities, DocumentReferences references) {
        if (priorities.isEmpty()) {
            return "Tabela de prioridades ainda não lida.\n";
        }
        StringBuilder out = new StringBuilder("[cols=\"1,8,2,10\",options=\"header\",role=\"riscos-principais\"]\n|===\n");
        out.append("| # | Risco | P × I | Por que está no topo\n");
        for (DocumentReferences.Priority priority : priorities) {
            out.append("\n| ").append(priority.number())
                    .append("\n| ").append(title(priority, references))
                    .append("\n| ").append(priority.score())
                    .append("\n| ").append(priority.reason()).append("\n");
        }
        return out.append("|===\n").toString();
    }

    static String summary(List<DocumentReferences.Priority> priorities, DocumentReferences references) {
        if (priorities.isEmpty()) {
            return "Tabela de prioridades ainda não lida.\n";
        }
        StringBuilder out = new StringBuilder();
        priorities.stream().limit(SUMMARY_SIZE).forEach(priority -> out.append(". ").append(title(priority, references))
                .append(" — risco ").append(priority.number()).append(", P × I = ").append(priority.score()).append("\n"));
        return out.toString();
    }

    static List<Finding> check(DocumentReferences references) {
        List<Finding> findings = new ArrayList<>();
        int previous = Integer.MAX_VALUE;
        for (DocumentReferences.Priority priority : references.priorities()) {
            if (!references.riskTitles().isEmpty() && !references.riskTitles().containsKey(priority.number())) {
                findings.add(new Finding(PRIORITY_KEY, priority.location().asLocation(), "priority of risk " + priority.number()
                        + ", which the risks table ([." + DocumentReferences.Risk.TABLE_ROLE + "]) does not have.", "Use a number of its '#' column."));
            }
            if (priority.score() != priority.probability() * priority.impact()) {
                findings.add(new Finding(PRIORITY_KEY, priority.location().asLocation(), "risk " + priority.number() + " scores "
                        + priority.score() + ", but " + priority.probability() + " × " + priority.impact() + " = "
                        + priority.probability() * priority.impact() + ".", "Fix the P × I cell."));
            }
            if (priority.score() > previous) {
                findings.add(new Finding(PRIORITY_KEY, priority.location().asLocation(), "risk " + priority.number()
                        + " (P × I " + priority.score() + ") comes after a lower score.", "Order the table by P × I, highest first."));
            }
            previous = priority.score();
        }
        return findings;
    }

    private static String title(DocumentReferences.Priority priority, DocumentReferences references) {
        return references.riskTitles().getOrDefault(priority.number(), "risco " + priority.number());
    }
}
