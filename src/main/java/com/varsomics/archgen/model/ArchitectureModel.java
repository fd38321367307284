package com.varsomics.archgen.model;

import com.varsomics.archgen.check.Location;
import com.structurizr.Workspace;
import com.structurizr.documentation.Decision;
import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.InfrastructureNode;
import com.structurizr.model.Relationship;
import com.structurizr.view.ModelView;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed workspace together with where each element and view was declared, so that every later
 * stage can point a person at the DSL line to fix.
 */
public final class ArchitectureModel {

    /** Structurizr keeps the DSL identifier of each element and relationship in this property. */
    public static final String DSL_IDENTIFIER = "structurizr.dsl.identifier";

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z0-9_.-]+)\\s*=");
    private static final Pattern VIEW_STATEMENT = Pattern.compile(
            "^\\s*(systemLandscape|systemContext|container|component|deployment|dynamic|filtered|custom|image)\\s");

    private final Workspace workspace;
    private final Path dslFile;
    private final String[] lines;
    private final Map<String, SourceLocation> declarations;
    private final Map<String, Path> decisionFiles;

    ArchitectureModel(Workspace workspace, Path dslFile, String dslText, Map<String, Path> decisionFiles) {
        this.workspace = workspace;
        this.dslFile = dslFile;
        this.lines = dslText.split("\n", -1);
        this.declarations = indexDeclarations();
        this.decisionFiles = Map.copyOf(decisionFiles);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Path dslFile() {
        return dslFile;
    }

    public static String identifierOf(Element element) {
        String identifier = element.getProperties().get(DSL_IDENTIFIER);
        return identifier != null ? identifier : element.getId();
    }

    /** The technology of a container, component, deployment or infrastructure node, stripped; "" for other elements or none. */
    public static String technologyOf(Element element) {
        String technology = switch (element) {
            case Container container -> container.getTechnology();
            case Component component -> component.getTechnology();
            case DeploymentNode node -> node.getTechnology();
            case InfrastructureNode node -> node.getTechnology();
            default -> null;
        };
        return technology == null ? "" : technology.strip();
    }

    /** The element declared with this DSL identifier (case-insensitive, as in the DSL). */
    public Optional<Element> findByIdentifier(String identifier) {
        return workspace.getModel().getElements().stream()
                .filter(element -> identifierOf(element).equalsIgnoreCase(identifier))
                .findFirst();
    }

    /** The diagram views (system context, container, deployment, dynamic…), ordered by key. */
    public List<ModelView> views() {
        return workspace.getViews().getViews().stream()
                .filter(ModelView.class::isInstance).map(ModelView.class::cast)
                .sorted(Comparator.comparing(ModelView::getKey))
                .toList();
    }

    /** A dynamic view's steps in order: "2" before "10", "1.2" after "1.1" (Structurizr keeps them as strings). */
    public static List<com.structurizr.view.RelationshipView> stepsInOrder(com.structurizr.view.DynamicView view) {
        return view.getRelationships().stream()
                .sorted(Comparator.comparing(com.structurizr.view.RelationshipView::getOrder, ArchitectureModel::compareSteps))
                .toList();
    }

    /** What a dynamic view's step says: its own description, or the relationship's when it has none. */
    public static String stepDescription(com.structurizr.view.RelationshipView step) {
        return step.getDescription() == null || step.getDescription().isBlank()
                ? step.getRelationship().getDescription() : step.getDescription();
    }

    private static int compareSteps(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int compared = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** The view property that marks a view drawn only for the slides ({@code "archgen.slidesOnly" "true"}). */
    public static final String SLIDES_ONLY_PROPERTY = "archgen.slidesOnly";

    /** A view drawn only for the slides (a big view split to stay legible on a projector): the document need not place it. */
    public static boolean slidesOnly(ModelView view) {
        return "true".equals(view.getProperties().get(SLIDES_ONLY_PROPERTY));
    }

    /** The diagram view with this key (keys are case-sensitive, as in the DSL). */
    public Optional<ModelView> findView(String key) {
        return views().stream().filter(view -> view.getKey().equals(key)).findFirst();
    }

    /** Where the element was declared, if it was declared with an identifier ({@code api = container ...}). */
    public Optional<SourceLocation> locationOf(Element element) {
        return Optional.ofNullable(declarations.get(identifierOf(element).toLowerCase(Locale.ROOT)));
    }

    /**
     * The first line, from the element's declaration on, that contains {@code text} (a property value, say), so a
     * finding about one property points at that property's line; the declaration when no line has it.
     */
    public Optional<SourceLocation> locationOf(Element element, String text) {
        Optional<SourceLocation> declaration = locationOf(element);
        if (declaration.isEmpty()) {
            return declaration;
        }
        for (int i = declaration.get().line() - 1; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return Optional.of(new SourceLocation(dslFile, i + 1));
            }
        }
        return declaration;
    }

    /** The first line of the DSL that contains {@code text}, if any. */
    public Optional<SourceLocation> locationOfText(String text) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return Optional.of(new SourceLocation(dslFile, i + 1));
            }
        }
        return Optional.empty();
    }

    /** Human-readable reference to one line of an element's declaration (see {@link #locationOf(Element, String)}). */
    public String describe(Element element, String text) {
        return where(element, text) + ": " + name(element);
    }

    /** The line of an element's declaration that contains {@code text} (see {@link #locationOf(Element, String)}). */
    public Location where(Element element, String text) {
        return where(locationOf(element, text));
    }

    /** Where a view was declared: the view statement that carries its quoted key. */
    public Optional<SourceLocation> locationOfView(String viewKey) {
        String quotedKey = "\"" + viewKey + "\"";
        for (int i = 0; i < lines.length; i++) {
            if (VIEW_STATEMENT.matcher(lines[i]).find() && lines[i].contains(quotedKey)) {
                return Optional.of(new SourceLocation(dslFile, i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The Markdown file an ADR was imported from ({@code !adrs}), relative to the project like {@link #dslFile()};
     * Structurizr keeps only the decision's number, and a person fixes the file, not the number.
     */
    public Path decisionFile(Decision decision) {
        return decisionFiles.getOrDefault(decision.getId(), dslFile);
    }

    /** Human-readable reference to a decision: its file, number and title. */
    public String describe(Decision decision) {
        return where(decision) + ": " + name(decision);
    }

    public Location where(Decision decision) {
        return Location.of(decisionFile(decision));
    }

    /** How findings name a decision: number and title. */
    public String name(Decision decision) {
        return "decision " + decision.getId() + " (\"" + decision.getTitle() + "\")";
    }

    /** Human-readable reference to an element: DSL line, identifier and name. */
    public String describe(Element element) {
        return where(element) + ": " + name(element);
    }

    /** The DSL line that declares the element, or the DSL file when no line does. */
    public Location where(Element element) {
        return where(locationOf(element));
    }

    /** How findings name an element: identifier and name. */
    public String name(Element element) {
        return "element '" + identifierOf(element) + "' (\"" + element.getName() + "\")";
    }

    /** Human-readable reference to a relationship, located at its source element's declaration. */
    public String describe(Relationship relationship) {
        return where(relationship) + ": " + name(relationship);
    }

    /** A relationship is located at its source element's declaration. */
    public Location where(Relationship relationship) {
        return where(relationship.getSource());
    }

    /** How findings name a relationship: source and destination identifiers. */
    public String name(Relationship relationship) {
        return "relationship '" + identifierOf(relationship.getSource()) + " -> " + identifierOf(relationship.getDestination()) + "'";
    }

    /** Human-readable reference to a view: DSL line and key. */
    public String describeView(String viewKey) {
        return whereView(viewKey) + ": " + nameView(viewKey);
    }

    public Location whereView(String viewKey) {
        return where(locationOfView(viewKey));
    }

    public String nameView(String viewKey) {
        return "view '" + viewKey + "'";
    }

    /** The DSL file itself, for findings about the workspace as a whole (its properties). */
    public Location whereWorkspace() {
        return Location.of(dslFile);
    }

    private Location where(Optional<SourceLocation> location) {
        return location.map(found -> Location.of(found.file(), found.line())).orElse(Location.of(dslFile));
    }

    /** DSL identifiers are case-insensitive, so the index is keyed in lower case. */
    private Map<String, SourceLocation> indexDeclarations() {
        Map<String, SourceLocation> index = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = ASSIGNMENT.matcher(lines[i]);
            if (matcher.find()) {
                index.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), new SourceLocation(dslFile, i + 1));
            }
        }
        return index;
    }
}
