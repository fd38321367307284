package com.varsomics.archgen.site;

import com.varsomics.archgen.site.pages.Link;
import com.varsomics.archgen.site.pages.PageMeta;
import com.varsomics.archgen.site.pages.Pages;

import java.util.List;

/** The decisions' pages of the site: the index of the ADRs and one page per ADR, with the elements it names. */
final class DecisionPages {

    private DecisionPages() {
    }

    static Pages.DecisionIndex index(SitePages pages, SiteModel site, ReviewersSite.Sources sources) {
        PageMeta page = pages.meta(SitePages.DECISION_INDEX, "Decisões de arquitetura", "As ADRs registradas no modelo.", "decisoes", List.of());
        return new Pages.DecisionIndex(page, sources.decisions().decisions().stream()
                .map(decision -> new Pages.DecisionEntry(new Link(SitePages.decisionLabel(decision), page.href(SitePages.decisionPath(decision))),
                        decision.status(), decision.date()))
                .toList(),
                sources.companions().has(Companion.DOCUMENT)
                        ? new Link("capítulo de decisões", pages.documentHref(page, Companion.DocumentAnchors.DECISIONS)) : null);
    }

    static Pages.Decision page(SitePages pages, SiteModel site, ReviewersSite.Sources sources, DecisionCatalog.Decision decision, String html) {
        PageMeta page = pages.meta(SitePages.decisionPath(decision), SitePages.decisionLabel(decision), "Decisão de arquitetura " + decision.id() + ".", "decisoes", List.of());
        List<Link> elements = decision.mentions().stream()
                .flatMap(identifier -> site.architecture().findByIdentifier(identifier).stream())
                .map(element -> pages.link(page, element)).toList();
        List<Link> related = decision.links().stream()
                .flatMap(target -> sources.decisions().decisions().stream().filter(candidate -> candidate.key().equals(target.key()))
                        .map(candidate -> new Link(target.description() + ": " + SitePages.decisionLabel(candidate), page.href(SitePages.decisionPath(candidate)))))
                .toList();
        return new Pages.Decision(page, SitePages.decisionLabel(decision), decision.status(), decision.date(), html, elements, related);
    }
}
