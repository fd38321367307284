package com.varsomics.archgen.site;

import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.text.Inline;

import java.util.List;

/**
 * The security and DevOps risks of the document's chapter 11: each row of its {@code [.riscos]} table names, in the
 * "Elemento" column, the model elements ({@code elemento:<id>[]}) where the mitigation is applied. Element pages list
 * the risks mitigated on them through this seam, which is empty when the document stage did not run.
 */
public interface RiskCatalog {

    /**
     * One risk row, its cells as the document rendered them.
     *
     * @param number             the row's number in the table ("#" column), or empty
     * @param anchor             the row's anchor in the document ({@code risco-07}), or empty
     * @param title              the anti-pattern
     * @param mitigation         how the architecture avoids it
     * @param verification       how the mitigation is verified
     * @param elementIdentifiers DSL identifiers of the elements where it is mitigated
     */
    record Risk(String number, String anchor, List<Inline> title, List<Inline> mitigation, List<Inline> verification,
                List<String> elementIdentifiers) {

        public Risk {
            title = List.copyOf(title);
            mitigation = List.copyOf(mitigation);
            verification = List.copyOf(verification);
            elementIdentifiers = List.copyOf(elementIdentifiers);
        }

        /** A risk whose cells are plain text (tests). */
        public static Risk of(String title, List<String> elementIdentifiers, String verification) {
            return new Risk("", "", List.of(Inline.text(title)), List.of(), List.of(Inline.text(verification)), elementIdentifiers);
        }

        /** A row of the document's risks table. */
        public static Risk of(DocumentOutputs.Risk risk) {
            return new Risk(risk.number(), risk.anchor(), risk.title(), risk.mitigation(), risk.verification(), risk.elementIdentifiers());
        }

        public String titleText() {
            return Inline.plain(title);
        }
    }

    List<Risk> risks();

    /** The risks whose "Elemento" column names this identifier (DSL identifiers are case-insensitive). */
    default List<Risk> mitigatedOn(String identifier) {
        return risks().stream()
                .filter(risk -> risk.elementIdentifiers().stream().anyMatch(identifier::equalsIgnoreCase))
                .toList();
    }

    static RiskCatalog none() {
        return List::of;
    }

    static RiskCatalog of(List<Risk> risks) {
        List<Risk> copy = List.copyOf(risks);
        return () -> copy;
    }
}
