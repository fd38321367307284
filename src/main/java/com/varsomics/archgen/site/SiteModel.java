package com.varsomics.archgen.site;

import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.InfrastructureNode;
import com.structurizr.model.Person;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import com.structurizr.model.StaticStructureElementInstance;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The model as the site's explorer sees it: which elements get a page (everything but deployment instances, which
 * are listed on their container's or system's page), where each page is, the views in the order they are declared,
 * and what touches an element. Nothing here renders HTML.
 */
public final class SiteModel {

    static final String ELEMENTS_FOLDER = "elementos/";
    static final String DIAGRAMS_FOLDER = "diagramas/";

    private final ArchitectureModel model;
    private final List<Element> elements;
    private final List<ModelView> views;
    private final Map<String, String> fileByElementId;

    public SiteModel(ArchitectureModel model) {
        this.model = model;
        this.elements = model.workspace().getModel().getElements().stream()
                .filter(SiteModel::hasPage)
                .sorted(Comparator.comparingInt((Element element) -> line(model.locationOf(element).map(SourceLocation::line).orElse(null)))
                        .thenComparing(Element::getCanonicalName))
                .toList();
        this.views = model.views().stream()
                .sorted(Comparator.comparingInt((ModelView view) -> line(model.locationOfView(view.getKey()).map(SourceLocation::line).orElse(null)))
                        .thenComparing(ModelView::getKey))
                .toList();
        this.fileByElementId = fileNames(elements);
    }

    public ArchitectureModel architecture() {
        return model;
    }

    /** Deployment instances are shown on the page of what they instantiate; every other element has its own page. */
    public static boolean hasPage(Element element) {
        return !(element instanceof StaticStructureElementInstance);
    }

    /** The element whose page shows this one: itself, or what a deployment instance instantiates. */
    public static Element owner(Element element) {
        return element instanceof StaticStructureElementInstance instance ? instance.getElement() : element;
    }

    /** Elements with a page, in the order workspace.dsl declares them. */
    public List<Element> elements() {
        return elements;
    }

    /** The diagram views, in the order workspace.dsl declares them. */
    public List<ModelView> views() {
        return views;
    }

    /** The page of an element (or of what an instance instantiates), relative to the site root. */
    public String pagePath(Element element) {
        return ELEMENTS_FOLDER + fileByElementId.get(owner(element).getId()) + ".html";
    }

    public static String diagramPagePath(ModelView view) {
        return DIAGRAMS_FOLDER + view.getKey() + ".html";
    }

    /** A downloadable rendering of a view ({@code svg}, {@code png}, {@code puml}) copied into the site. */
    public static String diagramFilePath(ModelView view, String extension) {
        return DIAGRAMS_FOLDER + view.getKey() + "." + extension;
    }

    /** The views that show the element or one of its deployment instances. */
    public List<ModelView> viewsShowing(Element element) {
        Set<String> ids = new TreeSet<>();
        ids.add(element.getId());
        instancesOf(element).forEach(instance -> ids.add(instance.getId()));
        return views.stream()
                .filter(view -> view.getElements().stream().map(ElementView::getId).anyMatch(ids::contains))
                .toList();
    }

    /** The elements a view shows that have a page, each once, in the explorer's order. */
    public List<Element> elementsIn(ModelView view) {
        Set<String> owners = new TreeSet<>();
        view.getElements().forEach(elementView -> owners.add(owner(elementView.getElement()).getId()));
        return elements.stream().filter(element -> owners.contains(element.getId())).toList();
    }

    public List<StaticStructureElementInstance> instancesOf(Element element) {
        return model.workspace().getModel().getElements().stream()
                .filter(StaticStructureElementInstance.class::isInstance).map(StaticStructureElementInstance.class::cast)
                .filter(instance -> instance.getElement().equals(element))
                .sorted(Comparator.comparing(Element::getCanonicalName))
                .toList();
    }

    /**
     * Relationships that start or end at the element or at one of its instances, as declared (Structurizr's
     * copies of container relationships onto instances are left out; their originals are already here).
     */
    public List<Relationship> relationshipsOf(Element element) {
        return model.workspace().getModel().getRelationships().stream()
                .filter(relationship -> relationship.getLinkedRelationshipId() == null)
                .filter(relationship -> owner(relationship.getSource()).equals(element) || owner(relationship.getDestination()).equals(element))
                .filter(relationship -> !owner(relationship.getSource()).equals(owner(relationship.getDestination())))
                .sorted(Comparator.comparing((Relationship r) -> r.getSource().getCanonicalName())
                        .thenComparing(r -> r.getDestination().getCanonicalName())
                        .thenComparing(r -> String.valueOf(r.getDescription())))
                .toList();
    }

    /** "Pessoa", "Contêiner"…: the element's kind in the reviewers' language. */
    public static String kindOf(Element element) {
        return switch (element) {
            case Person person -> "Pessoa";
            case SoftwareSystem system -> "Sistema de software";
            case Container container -> "Contêiner";
            case Component component -> "Componente";
            case DeploymentNode node -> "Nó de implantação";
            case InfrastructureNode node -> "Nó de infraestrutura";
            case StaticStructureElementInstance instance -> "Instância de " + kindOf(instance.getElement()).toLowerCase(Locale.ROOT);
            default -> "Elemento";
        };
    }

    /**
     * One file name per element: its DSL identifier (readable, stable across builds), made safe for a file name.
     * DSL identifiers are case-insensitive, so two names differing only in case cannot occur; a clash after
     * sanitising fails the build rather than overwriting a page.
     */
    private Map<String, String> fileNames(List<Element> pageElements) {
        Map<String, String> byId = new LinkedHashMap<>();
        Map<String, Element> taken = new HashMap<>();
        for (Element element : pageElements) {
            String name = ArchitectureModel.identifierOf(element).replaceAll("[^A-Za-z0-9_.-]", "-");
            Element clash = taken.putIfAbsent(name.toLowerCase(Locale.ROOT), element);
            if (clash != null) {
                throw new BuildException(model.describe(element) + " would get the same site page as " + model.describe(clash)
                        + " (elementos/" + name + ".html). Give one of them a different DSL identifier.");
            }
            byId.put(element.getId(), name);
        }
        return byId;
    }

    private static int line(Integer line) {
        return line == null ? Integer.MAX_VALUE : line;
    }
}
