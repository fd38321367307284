package com.varsomics.archgen.site;

import com.varsomics.archgen.facts.Control;
import com.varsomics.archgen.site.pages.Link;
import com.varsomics.archgen.site.pages.PageMeta;
import com.varsomics.archgen.site.pages.Pages;

import java.util.List;

/**
 * The controls page ({@code controles.html}): the rows of {@code docs/controles.tsv}, the same table the document's
 * {@code #controles} is generated from, after the facts stage checked that every construct path is in
 * {@code build/cdk.out} and every {@code k8s:} object in every rendered overlay. Never read from the document's HTML.
 */
final class SiteControls {

    /** The controls table, under docs/ (the facts stage checks and writes it for the document). */
    static final String TABLE = com.varsomics.archgen.facts.Controls.FILE;

    private SiteControls() {
    }

    /** What the landing page says of the table: the counts and what the page shows. */
    static String summary(com.varsomics.archgen.facts.Controls controls) {
        return Pages.Controls.implementedLabel(controls.implementedCount()) + ", " + Pages.Controls.plannedLabel(controls.plannedCount())
                + ": o construct ou objeto Kubernetes de cada um, conferido pela build, ou o plano";
    }

    static Pages.Controls page(SitePages pages, ReviewersSite.Sources sources) {
        PageMeta page = pages.meta(SitePages.CONTROLS, "Controles implementados e planejados", "Cada controle de segurança e DevOps e cada "
                + "mitigação de risco: o que o implementa, conferido pela build, ou o que o implementaria.", "controles", List.of());
        List<Pages.ControlRow> rows = sources.controls().rows().stream().map(SiteControls::row).toList();
        Link document = sources.companions().has(Companion.DOCUMENT)
                ? new Link("a mesma tabela no documento", pages.documentHref(page, Companion.DocumentAnchors.CONTROLS))
                : null;
        return new Pages.Controls(page, sources.controls().implementedCount(), sources.controls().plannedCount(), rows, document);
    }

    private static Pages.ControlRow row(Control control) {
        List<String> evidence = control.implemented() ? control.implementations().stream().map(SiteControls::evidence).toList() : List.of();
        return new Pages.ControlRow(control.id(), control.name(), control.category(), control.implemented(), control.status(), evidence,
                control.implemented() ? "" : control.evidence());
    }

    /** A construct path as written; a manifest object as "Kind/name" with where it is. */
    private static String evidence(String implementation) {
        return implementation.startsWith(Control.MANIFEST_PREFIX)
                ? implementation.substring(Control.MANIFEST_PREFIX.length()) + " (Kubernetes, em todos os overlays)"
                : implementation;
    }
}
