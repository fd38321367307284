package com.varsomics.archgen.site;

import java.util.List;

/**
 * The architecture decision records: Structurizr decisions imported by {@code !adrs} (adr-tools Markdown), which
 * refer to model elements with the document's convention {@code elemento:<id>[]}. Element pages list the ADRs
 * that mention them; the site renders one page per ADR.
 */
public interface DecisionCatalog {

    /**
     * One ADR.
     *
     * @param key        unique in the site and safe as a file name, e.g. {@code adr-0001}
     * @param id         the decision id as Structurizr numbers it ({@code 1})
     * @param title      its title
     * @param status     in pt-BR, as the document shows it (adr-tools' {@code Accepted} becomes {@code Aceita})
     * @param date       ISO date, or empty
     * @param markdown   its full Markdown text
     * @param mentions   DSL identifiers it mentions with {@code elemento:<id>[]}, in order, without repeats
     * @param links      its links to other decisions (supersedes, amends…)
     */
    record Decision(String key, String id, String title, String status, String date, String markdown,
                    List<String> mentions, List<Link> links) {

        public Decision {
            mentions = List.copyOf(mentions);
            links = List.copyOf(links);
        }

        /** What keys of this scope start with: empty at workspace level, {@code <system id>-} inside a system. */
        public String scope() {
            return key.substring(0, Math.max(0, key.lastIndexOf("adr-")));
        }
    }

    /** A link to another decision: its key and the relation, as written ("Supersedes"). */
    record Link(String key, String description) {
    }

    List<Decision> decisions();

    default List<Decision> mentioning(String identifier) {
        return decisions().stream()
                .filter(decision -> decision.mentions().stream().anyMatch(identifier::equalsIgnoreCase))
                .toList();
    }

    static DecisionCatalog none() {
        return List::of;
    }
}
