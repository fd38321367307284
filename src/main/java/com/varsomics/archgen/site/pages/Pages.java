package com.varsomics.archgen.site.pages;

import java.util.List;

/** The page records, one per template. */
public final class Pages {

    private Pages() {
    }

    /** A key number of the proposal; {@code source} links where it comes from, or is null. */
    public record Figure(String label, String value, String detail, Link source) {
    }

    /**
     * A run of rich text read from the document: {@code kind} is text, code, strong, em or link ({@code href} set,
     * relative to the page).
     */
    public record Run(String kind, String text, String href) {
    }

    /** A deliverable linked from the landing page; {@code link} is null while its stage is not part of the build. */
    public record Deliverable(String title, String description, Link link, String pendingNote) {
    }

    /** A view as a linked picture. */
    public record ViewCard(String title, String description, String pageHref, String imageHref, String alt) {
    }

    public record Landing(PageMeta page, String title, String summary, List<Figure> figures, List<Deliverable> deliverables,
                          ViewCard featured, List<ViewCard> views) {
    }

    /** A relationship seen from one end: the other end, what it does, and where it is declared if on an instance. */
    public record RelationshipRow(Link other, String description, String technology, String context) {
    }

    /** Where a deployment instance runs: the environment and the chain of deployment nodes, outermost first. */
    public record InstanceRow(String environment, List<Link> nodes, String label) {
    }

    public record RequirementRow(String id, String title, String href) {
    }

    /** A risk of the document's chapter 11 mitigated on the element; {@code href} is the document's risks table. */
    public record RiskRow(String number, List<Run> title, List<Run> mitigation, List<Run> verification, String href) {

        /** "Risco 12", as the document's table numbers it. */
        public String label() {
            return number.isEmpty() ? "Risco" : "Risco " + number;
        }
    }

    public record Element(PageMeta page, String name, String kind, String identifier, String declaredAt, String description,
                          String technology, String awsService, String environment, Link parent, List<Link> contents,
                          List<InstanceRow> instances, List<RelationshipRow> outgoing, List<RelationshipRow> incoming,
                          List<ViewCard> views, List<RequirementRow> requirements, List<RiskRow> risks, List<Link> decisions,
                          Link documentEntry, String requirementsNote, String risksNote) {
    }

    /** One entry of the explorer's lists and trees. */
    public record ElementEntry(Link link, String kind, String technology, List<ElementEntry> children) {
    }

    public record ElementGroup(String title, String anchor, List<ElementEntry> entries) {
    }

    public record ElementIndex(PageMeta page, List<ElementGroup> groups, int count) {
    }

    public record DiagramIndex(PageMeta page, List<ViewCard> views) {
    }

    public record Diagram(PageMeta page, String title, String description, String kind, String svg, String svgLabel,
                          List<Link> downloads, List<DiagramElement> elements, List<LegendEntry> legend, List<Step> steps,
                          Link documentEntry) {
    }

    /** An element of a diagram page: its link, and what its tooltip says (description and technology). */
    public record DiagramElement(Link link, String description, String technology) {
    }

    /**
     * One line of a diagram's legend: a style of workspace.dsl that an element of the view carries.
     *
     * @param tag        the tag the style applies to
     * @param shape      the shape in words ("caixa", "cilindro", …)
     * @param background the fill colour ({@code #rrggbb}), or empty
     * @param border     the border colour, or empty
     * @param text       the text colour, or empty
     */
    public record LegendEntry(String tag, String shape, String background, String border, String text) {
    }

    /** One numbered step of a dynamic view: from which element to which, and what happens. */
    public record Step(String order, Link from, Link to, String description) {
    }

    public record RequirementEntry(String id, String anchor, String title, String quote, List<Link> elements, Link documentEntry) {
    }

    /** {@code withTexts}: whether the case's wording of each requirement is known (it comes from the document). */
    public record Requirements(PageMeta page, List<RequirementEntry> requirements, Link documentMatrix, String note, boolean withTexts) {
    }

    /**
     * A row of the controls table: for an implemented control, the construct paths and Kubernetes objects the build
     * found ({@code evidence}); for a planned one, what would implement it ({@code plan}).
     */
    public record ControlRow(String id, String name, String category, boolean implemented, String status, List<String> evidence,
                             String plan) {
    }

    public record Controls(PageMeta page, long implemented, long planned, List<ControlRow> rows, Link documentTable) {

        /** "27 implementados", "1 implementado". */
        public static String implementedLabel(long count) {
            return count + (count == 1 ? " implementado" : " implementados");
        }

        public static String plannedLabel(long count) {
            return count + (count == 1 ? " planejado" : " planejados");
        }
    }

    public record DecisionEntry(Link link, String status, String date) {
    }

    public record DecisionIndex(PageMeta page, List<DecisionEntry> decisions, Link documentChapter) {
    }

    public record Decision(PageMeta page, String title, String status, String date, String html, List<Link> elements,
                           List<Link> related) {
    }

    /**
     * A page of the document: its body as the document stage converted it (Asciidoctor escapes model text), the
     * chapters before and after it, the table of contents and the other deliverables.
     */
    public record DocumentPage(PageMeta page, String html, Link previous, Link next, Link contents, Link pdf, Link slides) {
    }

    public record Search(PageMeta page, int entries) {
    }
}
