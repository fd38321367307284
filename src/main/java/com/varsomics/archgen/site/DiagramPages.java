package com.varsomics.archgen.site;

import com.structurizr.view.ComponentView;
import com.structurizr.view.ContainerView;
import com.structurizr.view.DeploymentView;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import com.structurizr.view.SystemContextView;
import com.structurizr.view.SystemLandscapeView;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.site.pages.Link;
import com.varsomics.archgen.site.pages.PageMeta;
import com.varsomics.archgen.site.pages.Pages;

import java.util.List;

/** The diagram index and one page per view: the clickable SVG, its downloads, its elements and, for a dynamic view, its steps. */
final class DiagramPages {

    private final SitePages pages;
    private final SiteModel site;
    private final ReviewersSite.Sources sources;

    DiagramPages(SitePages pages, SiteModel site, ReviewersSite.Sources sources) {
        this.pages = pages;
        this.site = site;
        this.sources = sources;
    }

    /** The first container view, else the first view: the one picture that shows the proposal. */
    java.util.Optional<ModelView> featured() {
        return site.views().stream().filter(ContainerView.class::isInstance).findFirst()
                .or(() -> site.views().stream().findFirst());
    }

    Pages.DiagramIndex index() {
        PageMeta page = pages.meta(SitePages.DIAGRAM_INDEX, "Diagramas", "Todas as visões do modelo C4, clicáveis.", "diagramas", List.of());
        return new Pages.DiagramIndex(page, site.views().stream().map(view -> card(page, view)).toList());
    }

    Pages.Diagram page(ModelView view, String linkedSvg) {
        PageMeta page = pages.meta(SiteModel.diagramPagePath(view), view.getTitle(), SitePages.text(view.getDescription()), "diagramas",
                List.of(ReviewersSite.DIAGRAM_SCRIPT));
        List<Link> downloads = List.of(
                new Link("Baixar SVG", page.href(SiteModel.diagramFilePath(view, "svg"))),
                new Link("Baixar PNG", page.href(SiteModel.diagramFilePath(view, "png"))),
                new Link("Baixar fonte PlantUML (.puml)", page.href(SiteModel.diagramFilePath(view, "puml"))));
        // A view drawn only for the slides is not placed in the document: nothing there to link to.
        Link documentEntry = sources.companions().has(Companion.REFERENCE) && !ArchitectureModel.slidesOnly(view)
                ? new Link("Ver no documento", page.href(Companion.REFERENCE.sitePath()) + "#diagrama-" + view.getKey()) : null;
        List<Pages.DiagramElement> elements = site.elementsIn(view).stream()
                .map(element -> new Pages.DiagramElement(pages.link(page, element), SitePages.text(SiteModel.owner(element).getDescription()),
                        ArchitectureModel.technologyOf(SiteModel.owner(element))))
                .toList();
        return new Pages.Diagram(page, view.getTitle(), SitePages.text(view.getDescription()), kindOf(view), linkedSvg, alt(view),
                downloads, elements, DiagramLegend.of(view), steps(page, view), documentEntry);
    }

    /** A dynamic view's steps in order, each linking the elements it joins; none for other views. */
    private List<Pages.Step> steps(PageMeta page, ModelView view) {
        if (!(view instanceof DynamicView dynamic)) {
            return List.of();
        }
        return ArchitectureModel.stepsInOrder(dynamic).stream()
                .map(step -> new Pages.Step(step.getOrder(), pages.link(page, step.getRelationship().getSource()),
                        pages.link(page, step.getRelationship().getDestination()),
                        SitePages.text(ArchitectureModel.stepDescription(step))))
                .toList();
    }

    static String kindOf(ModelView view) {
        return switch (view) {
            case SystemLandscapeView v -> "Visão geral dos sistemas";
            case SystemContextView v -> "Visão de contexto";
            case ContainerView v -> "Visão de contêineres";
            case ComponentView v -> "Visão de componentes";
            case DynamicView v -> "Visão dinâmica (fluxo numerado)";
            case DeploymentView v -> "Visão de implantação: " + v.getEnvironment();
            default -> "Visão";
        };
    }

    /** The text alternative of a diagram: what it is and what it shows. */
    static String alt(ModelView view) {
        return "Diagrama \"" + view.getTitle() + "\": " + SitePages.text(view.getDescription());
    }

    /** A view as a card on the landing, element and diagram index pages. */
    static Pages.ViewCard card(PageMeta page, ModelView view) {
        return new Pages.ViewCard(view.getTitle(), SitePages.text(view.getDescription()), page.href(SiteModel.diagramPagePath(view)),
                page.href(SiteModel.diagramFilePath(view, "svg")), alt(view));
    }
}
