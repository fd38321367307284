package com.varsomics.archgen.document;

import com.varsomics.archgen.model.AdrConventions;
import com.varsomics.archgen.text.AsciiDocText;
import com.structurizr.documentation.Decision;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.ModelElements;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Volume 2 chapter 11's body (and Volume 1's decisions in brief), generated from the architecture decision records
 * that workspace.dsl imports with {@code !adrs}: an index table, then one section per ADR (anchor {@code adr-0001},
 * status, date, the Markdown body converted to AsciiDoc). The document and the reviewers' site read the same decisions
 * from the same parsed workspace, so nobody copies an ADR by hand and the two cannot disagree.
 */
final class DecisionFragments {

    private final ArchitectureModel model;
    private final Requirements requirements;

    DecisionFragments(ArchitectureModel model, Requirements requirements) {
        this.model = model;
        this.requirements = requirements;
    }

    /** The anchor of a decision's section; other ADRs link to it through adr-tools' {@code #N} references. */
    static String anchor(String decisionId) {
        return AdrConventions.anchor(decisionId);
    }

    List<Decision> decisions() {
        return ModelElements.decisions(model);
    }

    /** The fragment; fails naming every ADR file and line that cannot be converted or cites an unknown element. */
    String asciidoc() {
        List<Decision> decisions = decisions();
        if (decisions.isEmpty()) {
            return "Nenhuma decisão registrada: workspace.dsl não importa ADRs com `!adrs`.\n";
        }
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder(index(decisions));
        for (Decision decision : decisions) {
            out.append('\n').append(section(decision, problems)).append('\n');
        }
        if (!problems.isEmpty()) {
            throw new BuildException("The ADRs cannot be converted to AsciiDoc (" + problems.size() + " problem(s)):\n  "
                    + String.join("\n  ", problems));
        }
        return out.toString();
    }

    static String status(Decision decision) {
        return AdrConventions.status(decision.getStatus());
    }

    /** The adr-tools importer parses {@code Date:} in the JVM's time zone; formatting in the same zone gives the day back. */
    static String date(Decision decision) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setTimeZone(TimeZone.getDefault());
        return format.format(decision.getDate());
    }

    /**
     * Volume 1's "decisions in brief": one line per ADR (its title states the choice and the alternative), linked to
     * the full record in Volume 2 with {@code volume2:} (VolumeMacro).
     */
    String brief() {
        StringBuilder out = new StringBuilder("[cols=\"1,10,2,4\",options=\"header\",role=\"decisoes-resumo\"]\n|===\n");
        out.append("|ADR |Decisão (e a alternativa descartada) |Status |Registro completo\n");
        for (Decision decision : decisions()) {
            out.append("\n|").append(decision.getId())
                    .append("\n|").append(AsciiDocText.literal(decision.getTitle()))
                    .append("\n|").append(AsciiDocText.literal(status(decision)))
                    .append("\n|").append(VolumeMacro.name(2)).append(':').append(anchor(decision.getId()))
                    .append("[ADR ").append(decision.getId()).append("]\n");
        }
        return out.append("|===\n").toString();
    }

    private static String index(List<Decision> decisions) {
        StringBuilder out = new StringBuilder("[cols=\"1,9,2,2\",options=\"header\",role=\"decisoes\"]\n|===\n");
        out.append("|ADR |Decisão |Status |Data\n");
        for (Decision decision : decisions) {
            out.append("\n|<<").append(anchor(decision.getId())).append(',').append(decision.getId()).append(">>")
                    .append("\n|<<").append(anchor(decision.getId())).append(',').append(AsciiDocText.literal(decision.getTitle())).append(">>")
                    .append("\n|").append(AsciiDocText.literal(status(decision)))
                    .append("\n|").append(date(decision)).append('\n');
        }
        return out.append("|===\n").toString();
    }

    private String section(Decision decision, List<String> problems) {
        String file = model.decisionFile(decision).toString();
        MarkdownToAsciiDoc converter = new MarkdownToAsciiDoc(model.decisionFile(decision), decision.getContent(), anchor(decision.getId()));
        String body = converter.blocks(AdrConventions.body(AdrConventions.parse(decision.getContent()), decision.getStatus()));
        problems.addAll(converter.problems());
        for (MarkdownToAsciiDoc.MacroReference macro : converter.macros()) {
            boolean known = macro.name().equals("elemento")
                    ? model.findByIdentifier(macro.target()).isPresent()
                    : requirements.find(macro.target()).isPresent();
            if (!known) {
                problems.add(macro.location() + ": " + macro.name() + ":" + macro.target() + "[] names no "
                        + (macro.name().equals("elemento") ? "element of workspace.dsl. Use a DSL identifier (e.g. elemento:api[])."
                        : "requirement of docs/requisitos.tsv. Use R01…R" + requirements.all().size() + "."));
            }
        }
        return "[[" + anchor(decision.getId()) + "]]\n"
                + "=== ADR " + decision.getId() + " — " + AsciiDocText.literal(decision.getTitle()) + "\n\n"
                + "*Status:* " + AsciiDocText.literal(status(decision)) + " · *Data:* " + date(decision)
                + " · *Registro:* ``pass:c[" + file.replace("]", "\\]") + "]``\n\n"
                + body + "\n";
    }
}
