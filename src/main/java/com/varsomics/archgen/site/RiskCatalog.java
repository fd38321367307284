package com.varsomics.archgen.site;

import java.util.List;

/**
 * The security and DevOps risks of the document's chapter 11: each row of its {@code [.riscos]} table names, in the
 * "Elemento" column, the model elements ({@code elemento:<id>[]}) where the mitigation is applied. The document
 * stage collects the rows (its {@code StructureCollector}); element pages list the risks mitigated on them through
 * this seam, which is empty until that stage is part of the build.
 */
public interface RiskCatalog {

    /**
     * One risk row.
     *
     * @param title              the anti-pattern, as the table's first column states it
     * @param elementIdentifiers DSL identifiers of the elements where it is mitigated
     * @param verification       how the mitigation is verified
     */
    record Risk(String title, List<String> elementIdentifiers, String verification) {

        public Risk {
            elementIdentifiers = List.copyOf(elementIdentifiers);
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
