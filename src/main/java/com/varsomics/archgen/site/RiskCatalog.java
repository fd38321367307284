package com.varsomics.archgen.site;

import com.varsomics.archgen.document.DocumentOutputs;

import java.util.List;

/**
 * The security and DevOps risks of the document's chapter 11: each row of its {@code [.riscos]} table names, in the
 * "Elemento" column, the model elements ({@code elemento:<id>[]}) where the mitigation is applied. Element pages list
 * the risks mitigated on them through this seam, which is empty when the document stage did not run.
 */
public interface RiskCatalog {

    List<DocumentOutputs.Risk> risks();

    /** The risks whose "Elemento" column names this identifier (DSL identifiers are case-insensitive). */
    default List<DocumentOutputs.Risk> mitigatedOn(String identifier) {
        return risks().stream()
                .filter(risk -> risk.elementIdentifiers().stream().anyMatch(identifier::equalsIgnoreCase))
                .toList();
    }

    static RiskCatalog none() {
        return List::of;
    }

    static RiskCatalog of(List<DocumentOutputs.Risk> risks) {
        List<DocumentOutputs.Risk> copy = List.copyOf(risks);
        return () -> copy;
    }
}
