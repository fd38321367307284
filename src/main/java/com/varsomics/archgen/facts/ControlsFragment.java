package com.varsomics.archgen.facts;

import com.varsomics.archgen.text.AsciiDocText;

import java.util.stream.Collectors;

/**
 * The controls table as AsciiDoc for the document ({@code #controles}) and the list of planned controls for the deck.
 * Cells are the table's text, never markup ({@link AsciiDocText#literal}).
 */
final class ControlsFragment {

    static final String TABLE = "controles.adoc";
    static final String PLANNED = "controles-planejados.adoc";

    private ControlsFragment() {
    }

    static String table(Controls controls) {
        StringBuilder text = new StringBuilder("// Gerado pelo build a partir de docs/controles.tsv, conferido contra build/cdk.out e build/k8s.\n");
        text.append(".Controles de segurança e DevOps e mitigações de risco: implementados e planejados\n");
        text.append("[#controles,cols=\"1,5,2,3,6\",options=\"header\"]\n|===\n| Id | Controle | Categoria | Situação | Implementação ou plano\n");
        for (Control control : controls.rows()) {
            text.append('\n').append("| ").append(literal(control.id())).append('\n')
                    .append("| ").append(literal(control.name())).append('\n')
                    .append("| ").append(literal(control.category())).append('\n')
                    .append("| ").append(literal(control.status())).append('\n')
                    .append("| ").append(control.implemented()
                            ? control.implementations().stream().map(i -> "`" + literal(i) + "`").collect(Collectors.joining(", "))
                            : literal(control.evidence())).append('\n');
        }
        return text.append("|===\n").toString();
    }

    /** The planned controls by name, for the deck's backup slide; what would implement each is in the document's table. */
    static String planned(Controls controls) {
        return controls.rows().stream().filter(c -> !c.implemented())
                .map(c -> "* " + literal(c.name()) + "\n").collect(Collectors.joining());
    }

    private static String literal(String text) {
        return AsciiDocText.literal(text);
    }
}
