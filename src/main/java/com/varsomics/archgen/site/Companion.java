package com.varsomics.archgen.site;

import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.slides.DeckOutputs;

import java.util.Locale;

/**
 * The outputs of other stages that the site links to, declared in this one place. A companion is linked only
 * when the stage that produces it ran in this build (published its output type); from then on the link checker verifies its links (file and
 * {@code #anchor}) like any other. Until that stage is part of the build the site names it as "em preparação"
 * instead of showing a dead link.
 *
 * @param label       what the reader sees (pt-BR)
 * @param sitePath    where it is inside the site, relative to {@code build/site}
 * @param copiedFrom  where the producing stage writes it, relative to {@code build/}, when that is outside the
 *                    site (the site copies it in, so the site folder stands alone); {@code null} when the stage
 *                    writes it straight into the site
 * @param producedBy  the output type the producing stage publishes when it ran in this build
 */
public record Companion(String label, String sitePath, String copiedFrom, Class<?> producedBy) {

    // The volumes' paths are the document stage's (document/DeliveryVolumes); DocumentSeamsTest keeps the two equal.

    /** Volume 1 of the delivery (the proposal) as HTML, written by the document stage into the site. */
    public static final Companion DOCUMENT = new Companion("Volume 1: Proposta de arquitetura (HTML)",
            "documento/index.html", null, DocumentOutputs.class);
    /** Volume 1 as PDF, the file that would be e-mailed; copied next to the landing page. */
    public static final Companion PDF = new Companion("Volume 1: Proposta de arquitetura (PDF)", "arquitetura.pdf",
            "pdf/arquitetura.pdf", DocumentOutputs.class);
    /**
     * Volume 2 (provisioning guide and reference) as HTML: it holds the anchors the site links to (catalog, risks,
     * traceability, controls, cost totals, every diagram, the references).
     */
    public static final Companion REFERENCE = new Companion("Volume 2: Guia de provisionamento e referência (HTML)",
            "documento/referencia.html", null, DocumentOutputs.class);
    /** Volume 2 as PDF, copied next to the landing page. */
    public static final Companion REFERENCE_PDF = new Companion("Volume 2: Guia de provisionamento e referência (PDF)", "referencia.pdf",
            "pdf/referencia.pdf", DocumentOutputs.class);
    /** The interview deck (reveal.js), written by the slides stage into the site. */
    public static final Companion SLIDES = new Companion("Apresentação (slides)", "slides/index.html", null, DeckOutputs.class);

    /** Every companion, in the order the landing page lists them. */
    public static final java.util.List<Companion> ALL = java.util.List.of(DOCUMENT, PDF, REFERENCE, REFERENCE_PDF, SLIDES);

    /** Anchors of Volume 2 (declared in docs/referencia.adoc, its chapters and generated fragments) that the site links to. */
    public static final class DocumentAnchors {

        public static final String TRACEABILITY = "rastreabilidade";
        public static final String RISKS = "riscos";
        /** Chapter 9's section "Totais mensais para os slides", whose table the landing page's cost figure quotes. */
        public static final String COST_TOTALS = "custos-totais";
        public static final String DECISIONS = "decisoes";
        /** The controls table (implemented and planned), generated from docs/controles.tsv and checked by the build. */
        public static final String CONTROLS = "controles";

        private DocumentAnchors() {
        }

        /** The element's row in the document's catalog ({@code ElementMacro.anchor} in the document stage). */
        public static String element(String identifier) {
            return "elemento-" + identifier.toLowerCase(Locale.ROOT);
        }

        /** The requirement's row in the document's requirements table. */
        public static String requirement(String id) {
            return "requisito-" + id.toLowerCase(Locale.ROOT);
        }
    }
}
