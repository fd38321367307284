package com.varsomics.archgen.site;

import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.InfrastructureNode;
import com.structurizr.model.Person;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import com.structurizr.model.StaticStructureElementInstance;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;
import com.varsomics.archgen.site.pages.Link;
import com.varsomics.archgen.site.pages.NavItem;
import com.varsomics.archgen.site.pages.PageMeta;
import com.varsomics.archgen.site.pages.Pages;
import com.varsomics.archgen.text.Slug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the record each template renders: which links a page has, relative to where it is, and what it says
 * when a source (document, slides) is not part of the build yet. The texts a reader sees are pt-BR.
 */
final class SitePages {

    static final String LANDING = "index.html";
    static final String ELEMENT_INDEX = SiteModel.ELEMENTS_FOLDER + "index.html";
    static final String DIAGRAM_INDEX = SiteModel.DIAGRAMS_FOLDER + "index.html";
    static final String REQUIREMENTS = "requisitos.html";
    static final String DECISION_INDEX = "decisoes/index.html";
    static final String SEARCH = "busca.html";
    /** The element property listing the requirements an element serves. */
    static final String REQUIREMENTS_PROPERTY = "requirements";

    private static final String PENDING = "Em preparação: ainda não faz parte desta build.";

    private final SiteModel site;
    private final ReviewersSite.Sources sources;
    private final String siteName;

    SitePages(SiteModel site, ReviewersSite.Sources sources) {
        this.site = site;
        this.sources = sources;
        this.siteName = site.architecture().workspace().getName();
    }

    DiagramPages diagrams() {
        return new DiagramPages(this, site, sources);
    }

    // ---------------------------------------------------------------- landing

    Pages.Landing landing() {
        PageMeta page = meta(LANDING, "Início", "Resumo da proposta, números-chave e entregáveis.", "inicio", List.of());
        KeyFigures figures = sources.figures();
        boolean document = sources.companions().has(Companion.REFERENCE);
        List<Pages.Figure> numbers = List.of(
                new Pages.Figure("Disponibilidade", figures.availability(), "meta de disponibilidade (SLO)", null),
                new Pages.Figure("Arquivos de entrada", KeyFigures.years(figures.inputRetentionDays()),
                        figures.inputRetentionDays() + " dias, depois expiram", null),
                new Pages.Figure("Resultados das análises", KeyFigures.years(figures.resultRetentionDays()),
                        figures.resultRetentionDays() + " dias disponíveis para consulta", null),
                new Pages.Figure("Custo mensal estimado", figures.monthlyCost().orElse("em elaboração"),
                        figures.monthlyCost().isPresent() ? "produção em sa-east-1, do mês 1 ao mês 60" : "virá do capítulo de custos do documento",
                        document && figures.monthlyCost().isPresent()
                                ? new Link("totais do capítulo de custos", page.href(Companion.REFERENCE.sitePath()) + "#" + Companion.DocumentAnchors.COST_TOTALS)
                                : null));
        List<ModelView> views = site.views();
        List<DeliverableDraft> deliverables = new ArrayList<>();
        deliverables.add(companion(page, Companion.DOCUMENT, "", "a proposta que se lê em 30 minutos: sumário executivo, arquitetura, riscos e decisões"));
        deliverables.add(companion(page, Companion.PDF, "", "o arquivo entregue, até 40 páginas com capa, sumário e diagramas"));
        deliverables.add(companion(page, Companion.REFERENCE, "", "o guia de provisionamento passo a passo e o detalhamento técnico, navegável"));
        deliverables.add(companion(page, Companion.REFERENCE_PDF, "", "a referência em PDF: guia, riscos, ADRs, catálogo e rastreabilidade"));
        deliverables.add(companion(page, Companion.SLIDES, "", "a apresentação de 20 minutos, com notas do apresentador"));
        deliverables.add(new DeliverableDraft("Diagramas", views.size() + " visões clicáveis, com zoom e download em SVG, PNG e PlantUML",
                new Link("Diagramas", page.href(DIAGRAM_INDEX)), ""));
        deliverables.add(new DeliverableDraft("Explorador do modelo", site.elements().size()
                + " elementos com relacionamentos, visões, requisitos, riscos e decisões",
                new Link("Explorador do modelo", page.href(ELEMENT_INDEX)), ""));
        int adrs = sources.decisions().decisions().size();
        deliverables.add(new DeliverableDraft("Decisões de arquitetura (ADRs)",
                adrs == 0 ? "ainda nenhuma registrada no modelo" : adrs + (adrs == 1 ? " decisão registrada" : " decisões registradas"),
                new Link("Decisões", page.href(DECISION_INDEX)), ""));
        deliverables.add(new DeliverableDraft("Requisitos e rastreabilidade", "cada requisito do desafio e os elementos que o atendem",
                new Link("Requisitos", page.href(REQUIREMENTS)), ""));
        deliverables.add(companion(page, Companion.REFERENCE, Companion.DocumentAnchors.TRACEABILITY,
                "requisito × elementos × seções do documento").withTitle("Matriz de rastreabilidade (documento)"));
        deliverables.add(companion(page, Companion.REFERENCE, Companion.DocumentAnchors.CONTROLS,
                "cada controle de segurança e DevOps, com o construct ou objeto Kubernetes que o implementa, ou o plano")
                .withTitle("Controles implementados e planejados (documento)"));
        Pages.ViewCard featured = diagrams().featured().map(view -> DiagramPages.card(page, view)).orElse(null);
        return new Pages.Landing(page, siteName, site.architecture().workspace().getDescription(), numbers,
                // What can be opened now comes first; what waits for its stage follows, named but not linked.
                java.util.stream.Stream.concat(deliverables.stream().filter(draft -> draft.link() != null),
                                deliverables.stream().filter(draft -> draft.link() == null))
                        .map(DeliverableDraft::deliverable).toList(), featured,
                views.stream().map(view -> DiagramPages.card(page, view)).toList());
    }

    // ---------------------------------------------------------------- elements

    Pages.ElementIndex elementIndex() {
        PageMeta page = meta(ELEMENT_INDEX, "Explorador do modelo", "Todos os elementos do modelo, agrupados.", "modelo", List.of());
        List<Pages.ElementGroup> groups = new ArrayList<>();
        List<Pages.ElementEntry> people = site.elements().stream().filter(Person.class::isInstance)
                .map(element -> entry(page, element, List.of())).toList();
        if (!people.isEmpty()) {
            groups.add(new Pages.ElementGroup("Pessoas", "pessoas", people));
        }
        List<Pages.ElementEntry> systems = site.elements().stream().filter(SoftwareSystem.class::isInstance)
                .map(system -> entry(page, system, ((SoftwareSystem) system).getContainers().stream()
                        .sorted(byDeclaration()).map(container -> entry(page, container, List.of())).toList()))
                .toList();
        if (!systems.isEmpty()) {
            groups.add(new Pages.ElementGroup("Sistemas de software e contêineres", "sistemas", systems));
        }
        Set<String> environments = new LinkedHashSet<>();
        site.elements().stream().filter(DeploymentNode.class::isInstance)
                .forEach(node -> environments.add(((DeploymentNode) node).getEnvironment()));
        for (String environment : environments) {
            List<Pages.ElementEntry> roots = site.elements().stream()
                    .filter(element -> element instanceof DeploymentNode node && node.getParent() == null
                            && node.getEnvironment().equals(environment))
                    .map(node -> deploymentEntry(page, (DeploymentNode) node)).toList();
            groups.add(new Pages.ElementGroup("Implantação: " + environment, "implantacao-" + Slug.of(environment), roots));
        }
        return new Pages.ElementIndex(page, groups, site.elements().size());
    }

    private Pages.ElementEntry deploymentEntry(PageMeta page, DeploymentNode node) {
        List<Pages.ElementEntry> children = new ArrayList<>();
        node.getChildren().stream().sorted(byDeclaration()).forEach(child -> children.add(deploymentEntry(page, child)));
        node.getInfrastructureNodes().stream().sorted(byDeclaration()).forEach(infrastructure -> children.add(entry(page, infrastructure, List.of())));
        instancesIn(node).forEach(instance -> children.add(entry(page, instance, List.of())));
        return entry(page, node, children);
    }

    private Pages.ElementEntry entry(PageMeta page, Element element, List<Pages.ElementEntry> children) {
        return new Pages.ElementEntry(link(page, element), SiteModel.kindOf(element), ArchitectureModel.technologyOf(SiteModel.owner(element)), children);
    }

    Pages.Element element(Element element) {
        String identifier = ArchitectureModel.identifierOf(element);
        PageMeta page = meta(site.pagePath(element), element.getName(), abbreviate(element.getDescription()), "modelo", List.of());
        ArchitectureModel model = site.architecture();

        List<Pages.RelationshipRow> outgoing = new ArrayList<>();
        List<Pages.RelationshipRow> incoming = new ArrayList<>();
        for (Relationship relationship : site.relationshipsOf(element)) {
            boolean out = SiteModel.owner(relationship.getSource()).equals(element);
            Element other = out ? relationship.getDestination() : relationship.getSource();
            Pages.RelationshipRow row = new Pages.RelationshipRow(link(page, other), text(relationship.getDescription()),
                    text(relationship.getTechnology()), instanceContext(relationship));
            List<Pages.RelationshipRow> rows = out ? outgoing : incoming;
            if (!rows.contains(row)) {
                rows.add(row);
            }
        }

        List<Pages.RequirementRow> requirements = requirementIds(element).stream()
                .map(id -> new Pages.RequirementRow(id, sources.requirements().find(id).map(RequirementCatalog.Requirement::title).orElse(""),
                        page.href(REQUIREMENTS) + "#" + Companion.DocumentAnchors.requirement(id)))
                .toList();
        String risksHref = sources.companions().has(Companion.REFERENCE)
                ? page.href(Companion.REFERENCE.sitePath()) + "#" + Companion.DocumentAnchors.RISKS : null;
        List<Pages.RiskRow> risks = sources.risks().mitigatedOn(identifier).stream()
                .map(risk -> new Pages.RiskRow(risk.number(), runs(page, risk.title()), runs(page, risk.mitigation()),
                        runs(page, risk.verification()), risksHref)).toList();
        List<Link> decisions = sources.decisions().mentioning(identifier).stream()
                .map(decision -> new Link(decisionLabel(decision), page.href(decisionPath(decision)))).toList();
        Link documentEntry = sources.companions().has(Companion.REFERENCE)
                ? new Link("entrada no catálogo do documento", page.href(Companion.REFERENCE.sitePath()) + "#" + Companion.DocumentAnchors.element(identifier))
                : null;

        return new Pages.Element(page, element.getName(), SiteModel.kindOf(element), identifier,
                model.locationOf(element).map(SourceLocation::toString).orElse(model.dslFile().toString()),
                text(element.getDescription()), ArchitectureModel.technologyOf(element),
                text(element.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY)),
                element instanceof DeploymentNode node ? node.getEnvironment()
                        : element instanceof InfrastructureNode node ? node.getEnvironment() : "",
                element.getParent() == null ? null : link(page, element.getParent()),
                contents(page, element), instances(page, element), outgoing, incoming,
                site.viewsShowing(element).stream().map(view -> DiagramPages.card(page, view)).toList(),
                requirements, risks, decisions, documentEntry, "",
                "Nenhum risco do documento aponta para este elemento.");
    }

    /** The document's rich text on this page: elements link their pages, requirements the requirements page, the rest the document. */
    List<Pages.Run> runs(PageMeta page, List<Inline> runs) {
        return runs.stream().map(run -> switch (run.kind()) {
            case TEXT -> new Pages.Run("text", run.text(), null);
            case CODE -> new Pages.Run("code", run.text(), null);
            case STRONG -> new Pages.Run("strong", run.text(), null);
            case EMPHASIS -> new Pages.Run("em", run.text(), null);
            case ELEMENT -> site.architecture().findByIdentifier(run.target()).filter(SiteModel::hasPage)
                    .map(element -> new Pages.Run("link", run.text(), page.href(site.pagePath(element))))
                    .orElseGet(() -> documentRun(page, run.text(), Companion.DocumentAnchors.element(run.target())));
            case REQUIREMENT -> new Pages.Run("link", run.text(), page.href(REQUIREMENTS) + "#" + Companion.DocumentAnchors.requirement(run.target()));
            case DOCUMENT -> documentRun(page, run.text(), run.target());
        }).toList();
    }

    private Pages.Run documentRun(PageMeta page, String text, String anchor) {
        return sources.companions().has(Companion.REFERENCE)
                ? new Pages.Run("link", text, page.href(Companion.REFERENCE.sitePath()) + "#" + anchor)
                : new Pages.Run("text", text, null);
    }

    private List<Link> contents(PageMeta page, Element element) {
        List<Link> contents = new ArrayList<>();
        switch (element) {
            case SoftwareSystem system -> system.getContainers().stream().sorted(byDeclaration())
                    .forEach(container -> contents.add(link(page, container)));
            case Container container -> container.getComponents().stream().sorted(byDeclaration())
                    .forEach(component -> contents.add(link(page, component)));
            case DeploymentNode node -> {
                node.getChildren().stream().sorted(byDeclaration()).forEach(child -> contents.add(link(page, child)));
                node.getInfrastructureNodes().stream().sorted(byDeclaration()).forEach(child -> contents.add(link(page, child)));
                instancesIn(node).forEach(instance -> contents.add(new Link(instance.getName() + " (instância)", page.href(site.pagePath(instance)))));
            }
            default -> {
            }
        }
        return contents;
    }

    private List<Pages.InstanceRow> instances(PageMeta page, Element element) {
        return site.instancesOf(element).stream().map(instance -> {
            List<Link> nodes = new ArrayList<>();
            for (Element parent = instance.getParent(); parent != null; parent = parent.getParent()) {
                nodes.addFirst(link(page, parent));
            }
            return new Pages.InstanceRow(instance.getEnvironment(), nodes, "");
        }).toList();
    }

    private List<StaticStructureElementInstance> instancesIn(DeploymentNode node) {
        List<StaticStructureElementInstance> instances = new ArrayList<>();
        instances.addAll(node.getSoftwareSystemInstances());
        instances.addAll(node.getContainerInstances());
        instances.sort(byDeclaration());
        return instances;
    }

    /** Relationships declared on deployment instances say where: "instância em Produção". */
    private static String instanceContext(Relationship relationship) {
        for (Element end : List.of(relationship.getSource(), relationship.getDestination())) {
            if (end instanceof StaticStructureElementInstance instance) {
                return "instância em " + instance.getEnvironment();
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- requirements, decisions, search

    Pages.Requirements requirements() {
        PageMeta page = meta(REQUIREMENTS, "Requisitos e rastreabilidade", "Cada requisito do desafio e os elementos que o atendem.", "requisitos", List.of());
        Set<String> ids = requirementIds();
        boolean document = sources.companions().has(Companion.REFERENCE);
        List<Pages.RequirementEntry> entries = ids.stream().map(id -> {
            var requirement = sources.requirements().find(id);
            List<Link> elements = site.elements().stream().filter(element -> requirementIds(element).contains(id))
                    .map(element -> link(page, element)).toList();
            return new Pages.RequirementEntry(id, Companion.DocumentAnchors.requirement(id),
                    requirement.map(RequirementCatalog.Requirement::title).orElse(""),
                    requirement.map(RequirementCatalog.Requirement::quote).orElse(""), elements,
                    document ? new Link("no documento", page.href(Companion.REFERENCE.sitePath()) + "#" + Companion.DocumentAnchors.requirement(id)) : null);
        }).toList();
        Link matrix = document ? new Link("a matriz de rastreabilidade do documento",
                page.href(Companion.REFERENCE.sitePath()) + "#" + Companion.DocumentAnchors.TRACEABILITY) : null;
        String note = sources.requirements().all().isEmpty()
                ? "O título e o trecho do desafio de cada requisito vêm do documento (docs/requisitos.tsv), em preparação." : "";
        return new Pages.Requirements(page, entries, matrix, note, !sources.requirements().all().isEmpty());
    }

    /** The requirements the requirements page has a row for: the case's, and any id an element names. */
    Set<String> requirementIds() {
        Set<String> ids = new TreeSet<>();
        sources.requirements().all().forEach(requirement -> ids.add(requirement.id()));
        site.elements().forEach(element -> ids.addAll(requirementIds(element)));
        return ids;
    }

    Pages.DecisionIndex decisionIndex() {
        PageMeta page = meta(DECISION_INDEX, "Decisões de arquitetura", "As ADRs registradas no modelo.", "decisoes", List.of());
        return new Pages.DecisionIndex(page, sources.decisions().decisions().stream()
                .map(decision -> new Pages.DecisionEntry(new Link(decisionLabel(decision), page.href(decisionPath(decision))),
                        decision.status(), decision.date()))
                .toList(),
                sources.companions().has(Companion.REFERENCE)
                        ? new Link("capítulo de decisões", page.href(Companion.REFERENCE.sitePath()) + "#" + Companion.DocumentAnchors.DECISIONS) : null);
    }

    Pages.Decision decision(DecisionCatalog.Decision decision, String html) {
        PageMeta page = meta(decisionPath(decision), decisionLabel(decision), "Decisão de arquitetura " + decision.id() + ".", "decisoes", List.of());
        List<Link> elements = decision.mentions().stream()
                .flatMap(identifier -> site.architecture().findByIdentifier(identifier).stream())
                .map(element -> link(page, element)).toList();
        List<Link> related = decision.links().stream()
                .flatMap(target -> sources.decisions().decisions().stream().filter(candidate -> candidate.key().equals(target.key()))
                        .map(candidate -> new Link(target.description() + ": " + decisionLabel(candidate), page.href(decisionPath(candidate)))))
                .toList();
        return new Pages.Decision(page, decisionLabel(decision), decision.status(), decision.date(), html, elements, related);
    }

    Pages.Search search(int entries) {
        PageMeta page = meta(SEARCH, "Busca", "Busca no modelo, nas visões, nas decisões e no documento.", "busca",
                List.of(ReviewersSite.SEARCH_LIBRARY, ReviewersSite.SEARCH_INDEX, ReviewersSite.SEARCH_SCRIPT));
        return new Pages.Search(page, entries);
    }

    static String decisionPath(DecisionCatalog.Decision decision) {
        return "decisoes/" + decision.key() + ".html";
    }

    static String decisionLabel(DecisionCatalog.Decision decision) {
        return "ADR " + decision.id() + ": " + decision.title();
    }

    // ---------------------------------------------------------------- shared

    PageMeta meta(String path, String title, String description, String section, List<String> scripts) {
        String root = PageMeta.rootOf(path);
        List<NavItem> navigation = new ArrayList<>();
        navigation.add(item(root, "Início", LANDING, section.equals("inicio")));
        navigation.add(item(root, "Modelo", ELEMENT_INDEX, section.equals("modelo")));
        navigation.add(item(root, "Diagramas", DIAGRAM_INDEX, section.equals("diagramas")));
        navigation.add(item(root, "Requisitos", REQUIREMENTS, section.equals("requisitos")));
        navigation.add(item(root, "Decisões", DECISION_INDEX, section.equals("decisoes")));
        navigation.add(companionItem(root, "Proposta", Companion.DOCUMENT));
        navigation.add(companionItem(root, "Referência", Companion.REFERENCE));
        navigation.add(companionItem(root, "PDF", Companion.PDF));
        navigation.add(companionItem(root, "Slides", Companion.SLIDES));
        return new PageMeta(path, siteName, title, description, root, navigation, scripts);
    }

    private static NavItem item(String root, String label, String path, boolean current) {
        return new NavItem(label, root + path, current, "");
    }

    private NavItem companionItem(String root, String label, Companion companion) {
        return sources.companions().has(companion)
                ? new NavItem(label, root + companion.sitePath(), false, "")
                : new NavItem(label, null, false, PENDING);
    }

    private DeliverableDraft companion(PageMeta page, Companion companion, String anchor, String description) {
        Link link = sources.companions().has(companion)
                ? new Link(companion.label(), page.href(companion.sitePath()) + (anchor.isEmpty() ? "" : "#" + anchor)) : null;
        return new DeliverableDraft(companion.label(), description, link, PENDING);
    }

    /** A deliverable whose title may still change (the traceability matrix reuses the document's link). */
    private record DeliverableDraft(String title, String description, Link link, String pendingNote) {

        DeliverableDraft withTitle(String newTitle) {
            return new DeliverableDraft(newTitle, description, link, pendingNote);
        }

        Pages.Deliverable deliverable() {
            return new Pages.Deliverable(title, description, link, pendingNote);
        }
    }

    Link link(PageMeta page, Element element) {
        Element owner = SiteModel.owner(element);
        return new Link(owner.getName(), page.href(site.pagePath(owner)));
    }

    static List<String> requirementIds(Element element) {
        String value = element.getProperties().getOrDefault(REQUIREMENTS_PROPERTY, "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private <T extends Element> Comparator<T> byDeclaration() {
        ArchitectureModel model = site.architecture();
        return Comparator.comparingInt((T element) -> model.locationOf(element).map(SourceLocation::line).orElse(Integer.MAX_VALUE))
                .thenComparing(Element::getCanonicalName);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String abbreviate(String description) {
        String value = text(description);
        return value.length() <= 160 ? value : value.substring(0, 157) + "…";
    }
}
