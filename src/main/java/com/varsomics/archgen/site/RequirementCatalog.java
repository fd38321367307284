package com.varsomics.archgen.site;

import com.varsomics.archgen.document.Requirements;

import java.util.List;
import java.util.Optional;

/**
 * The title and quote of each case requirement (R01…R15). The model only names requirement ids (property
 * {@code requirements}); their text lives with the document ({@code docs/requisitos.tsv}, read by the document
 * stage into {@link Requirements}), so the site reads it through this seam: the bare ids when the document stage did
 * not run, the document's own requirements when it did.
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

    /** The requirements the document stage read from {@code docs/requisitos.tsv}. */
    static RequirementCatalog of(Requirements requirements) {
        return of(requirements.all().stream()
                .map(requirement -> new Requirement(requirement.id(), requirement.title(), requirement.quote()))
                .toList());
    }

    /** A fixed list of requirements (tests, or an adapter over the document's requirements). */
    static RequirementCatalog of(List<Requirement> requirements) {
        List<Requirement> copy = List.copyOf(requirements);
        return () -> copy;
    }
}
