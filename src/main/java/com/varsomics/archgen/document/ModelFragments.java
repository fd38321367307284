package com.varsomics.archgen.document;

import com.varsomics.archgen.text.AsciiDocText;
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
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the parts of the document that the model already knows, as AsciiDoc fragments the chapters include:
 * the element catalog, the relationships, the requirements, the traceability matrix and the architecture decisions
 * ({@link DecisionFragments}). Nothing here is written by hand, so it cannot drift from workspace.dsl.
 */
public final class ModelFragments {

    /** Element property listing the requirements (R01…) an element serves. */
    public static final String REQUIREMENTS_PROPERTY = "requirements";

    static final String CATALOG = "catalogo.adoc";
    static final String RELATIONSHIPS = "relacionamentos.adoc";
    static final String REQUIREMENTS = "requisitos.adoc";
    static final String TRACEABILITY = "rastreabilidade.adoc";
    static final String DECISIONS = "decisoes.adoc";
    static final String DECISIONS_BRIEF = "decisoes-resumo.adoc";

    private final ArchitectureModel model;
    private final Requirements requirements;
    private final DecisionFragments decisions;

    public ModelFragments(ArchitectureModel model, Requirements requirements) {
        this.model = model;
        this.requirements = requirements;
        this.decisions = new DecisionFragments(model, requirements);
    }

    /** The requirement ids an element declares, in the order written. */
    public static List<String> requirementsOf(Element element) {
        String value = element.getProperties().getOrDefault(REQUIREMENTS_PROPERTY, "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    /** Elements in the order they are declared in workspace.dsl (instances are described by what they instantiate). */
    List<Element> documentedElements() {
        return model.workspace().getModel().getElements().stream()
                .filter(element -> !(element instanceof StaticStructureElementInstance))
                .sorted(Comparator.comparingInt((Element element) -> model.locationOf(element).map(l -> l.line()).orElse(Integer.MAX_VALUE))
                        .thenComparing(Element::getCanonicalName))
                .toList();
    }

    void write(Path directory, DocumentReferences references) {
        write(directory.resolve(CATALOG), catalog(references.views()));
        write(directory.resolve(RELATIONSHIPS), relationships());
        write(directory.resolve(REQUIREMENTS), requirementsTable());
        write(directory.resolve(TRACEABILITY), traceability(references));
        write(directory.resolve(DECISIONS), decisions.asciidoc());
        write(directory.resolve(DECISIONS_BRIEF), decisions.brief());
    }

    /** @param placedViews views the prose places (only those have a figure to link to) */
    String catalog(java.util.Set<String> placedViews) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element element : documentedElements()) {
            groups.computeIfAbsent(groupOf(element), key -> new ArrayList<>()).add(element);
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((group, elements) -> {
            out.append("=== ").append(AsciiDocText.literal(group)).append("\n\n");
            out.append("[cols=\"3,6,3,2,3,2\",options=\"header\",role=\"catalogo\"]\n|===\n");
            out.append("|Elemento |Descrição |Tecnologia |Serviço AWS |Visões |Requisitos\n");
            for (Element element : elements) {
                out.append("\n|[[").append(ElementMacro.anchor(element)).append("]]*").append(AsciiDocText.literal(element.getName()))
                        .append("* +\n`").append(ArchitectureModel.identifierOf(element)).append("`\n");
                out.append("|").append(AsciiDocText.literal(element.getDescription())).append("\n");
                String technology = ArchitectureModel.technologyOf(element);
                out.append("|").append(AsciiDocText.literal(technology.isEmpty() ? "—" : technology)).append("\n");
                out.append("|").append(AsciiDocText.literal(element.getProperties().getOrDefault(AwsIconCatalog.AWS_SERVICE_PROPERTY, "—"))).append("\n");
                out.append("|").append(viewsShowing(element).stream()
                        .map(view -> placedViews.contains(view.getKey())
                                ? AsciiDocText.xref("diagrama-" + view.getKey(), view.getTitle())
                                : AsciiDocText.literal(view.getTitle()))
                        .collect(Collectors.joining(", "))).append("\n");
                out.append("|").append(requirementsOf(element).stream()
                        .map(id -> AsciiDocText.xref("requisito-" + id.toLowerCase(java.util.Locale.ROOT), id))
                        .collect(Collectors.joining(", "))).append("\n");
            }
            out.append("|===\n\n");
        });
        return out.toString();
    }

    String relationships() {
        StringBuilder out = new StringBuilder("[cols=\"3,3,6,3\",options=\"header\",role=\"relacionamentos\"]\n|===\n");
        out.append("|Origem |Destino |Descrição |Tecnologia\n");
        model.workspace().getModel().getRelationships().stream()
                .filter(relationship -> relationship.getLinkedRelationshipId() == null)
                .filter(relationship -> !(relationship.getSource() instanceof StaticStructureElementInstance)
                        && !(relationship.getDestination() instanceof StaticStructureElementInstance))
                .sorted(Comparator.comparing((Relationship r) -> r.getSource().getCanonicalName())
                        .thenComparing(r -> r.getDestination().getCanonicalName())
                        .thenComparing(r -> String.valueOf(r.getDescription())))
                .forEach(relationship -> out.append("\n|").append(AsciiDocText.xref(ElementMacro.anchor(relationship.getSource()), relationship.getSource().getName()))
                        .append("\n|").append(AsciiDocText.xref(ElementMacro.anchor(relationship.getDestination()), relationship.getDestination().getName()))
                        .append("\n|").append(AsciiDocText.literal(relationship.getDescription()))
                        .append("\n|").append(AsciiDocText.literal(relationship.getTechnology())).append("\n"));
        return out.append("|===\n").toString();
    }

    String requirementsTable() {
        StringBuilder out = new StringBuilder("[cols=\"1,3,7\",options=\"header\",role=\"requisitos\"]\n|===\n");
        out.append("|Id |Requisito |Trecho do desafio\n");
        for (Requirement requirement : requirements.all()) {
            out.append("\n|[[").append(requirement.anchor()).append("]]").append(requirement.id())
                    .append("\n|").append(AsciiDocText.literal(requirement.title()))
                    .append("\n|_\"").append(AsciiDocText.literal(requirement.quote())).append("\"_\n");
        }
        return out.append("|===\n").toString();
    }

    /** Requirement × elements (from the model) × sections (where the prose cites it). */
    String traceability(DocumentReferences references) {
        StringBuilder out = new StringBuilder("[cols=\"2,6,6\",options=\"header\",role=\"rastreabilidade\"]\n|===\n");
        out.append("|Requisito |Elementos do modelo |Seções que o atendem\n");
        for (Requirement requirement : requirements.all()) {
            String elements = elementsServing(requirement.id()).stream()
                    .map(element -> AsciiDocText.xref(ElementMacro.anchor(element), nameWithEnvironment(element)))
                    .collect(Collectors.joining(", "));
            String sections = references.requirementSections().getOrDefault(requirement.id(), Set.of()).stream()
                    .map(section -> section.split("\\|", 3))
                    // the matrix is in the last volume; a section of Volume 1 is linked across (VolumeMacro)
                    .map(parts -> "1".equals(parts[0]) ? VolumeMacro.name(1) + ":" + parts[1] + "[]" : AsciiDocText.xref(parts[1], parts[2]))
                    .collect(Collectors.joining(", "));
            out.append("\n|").append(AsciiDocText.xref(requirement.anchor(), requirement.id()))
                    .append("\n|").append(elements.isEmpty() ? "—" : elements)
                    .append("\n|").append(sections.isEmpty() ? "—" : sections).append("\n");
        }
        return out.append("|===\n").toString();
    }

    /** Deployment nodes of different environments may share a name ("Conta de ferramentas CI/CD"). */
    private static String nameWithEnvironment(Element element) {
        return switch (element) {
            case DeploymentNode node -> node.getName() + " (" + node.getEnvironment() + ")";
            case InfrastructureNode node -> node.getName() + " (" + node.getEnvironment() + ")";
            default -> element.getName();
        };
    }

    List<Element> elementsServing(String requirementId) {
        return documentedElements().stream().filter(element -> requirementsOf(element).contains(requirementId)).toList();
    }

    /** The views that show the element or one of its deployment instances, ordered by key. */
    List<ModelView> viewsShowing(Element element) {
        Set<String> ids = new TreeSet<>();
        ids.add(element.getId());
        model.workspace().getModel().getElements().stream()
                .filter(candidate -> candidate instanceof StaticStructureElementInstance instance && instance.getElement().equals(element))
                .forEach(instance -> ids.add(instance.getId()));
        return model.views().stream()
                .filter(view -> view.getElements().stream().map(ElementView::getId).anyMatch(ids::contains))
                .toList();
    }

    private static String groupOf(Element element) {
        return switch (element) {
            case Person person -> "Pessoas";
            case SoftwareSystem system -> "Sistemas de software";
            case Container container -> "Contêineres: " + container.getSoftwareSystem().getName();
            case DeploymentNode node -> "Implantação: " + node.getEnvironment();
            case InfrastructureNode node -> "Implantação: " + node.getEnvironment();
            default -> "Outros elementos";
        };
    }

    /** Writes one generated fragment (UTF-8), creating its folder. */
    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write a generated fragment (" + e.getMessage() + ")", e);
        }
    }
}
