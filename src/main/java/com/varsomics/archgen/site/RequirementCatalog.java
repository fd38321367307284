package com.varsomics.archgen.site;

import java.util.List;
import java.util.Optional;

/**
 * The title and quote of each case requirement (R01…R15). The model only names requirement ids (property
 * {@code requirements}); their text lives with the document ({@code docs/requisitos.tsv}, read by the document
 * stage), so the site reads it through this seam and shows the bare ids until the document provides it.
 */
public interface RequirementCatalog {

    /** A requirement as the case states it. */
    record Requirement(String id, String title, String quote) {
    }

    /** Every requirement, in order. */
    List<Requirement> all();

    default Optional<Requirement> find(String id) {
        return all().stream().filter(requirement -> requirement.id().equals(id)).findFirst();
    }

    /** No texts yet: pages show the ids only. */
    static RequirementCatalog idsOnly() {
        return List::of;
    }

    /** A fixed list of requirements (tests, or an adapter over the document's requirements). */
    static RequirementCatalog of(List<Requirement> requirements) {
        List<Requirement> copy = List.copyOf(requirements);
        return () -> copy;
    }
}
