package com.varsomics.archgen.document;

import java.util.List;

/**
 * What the document stage hands to the stages after it (the reviewers' site): the requirements it read from
 * {@code docs/requisitos.tsv} and the rows of the risks table ({@code [.riscos]}) it collected while converting.
 */
public record DocumentOutputs(Requirements requirements, List<DocumentReferences.Risk> risks) {

    public DocumentOutputs {
        risks = List.copyOf(risks);
    }
}
