package com.varsomics.archgen.site;

import com.structurizr.Workspace;
import com.structurizr.documentation.Documentation;
import com.structurizr.model.Container;
import com.structurizr.model.Element;
import com.structurizr.model.SoftwareSystem;
import com.varsomics.archgen.model.AdrConventions;
import com.varsomics.archgen.model.ArchitectureModel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The decisions that {@code !adrs} imported into the workspace, at workspace level and inside software systems or
 * containers. This is the real source: the ADR files are read by the Structurizr parser, not by the site.
 */
public final class WorkspaceDecisions implements DecisionCatalog {


    private final List<Decision> decisions;

    private WorkspaceDecisions(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    public static WorkspaceDecisions of(ArchitectureModel model) {
        Workspace workspace = model.workspace();
        List<Decision> decisions = new ArrayList<>();
        add(decisions, "", workspace.getDocumentation());
        for (SoftwareSystem system : sorted(workspace.getModel().getSoftwareSystems())) {
            add(decisions, ArchitectureModel.identifierOf(system) + "-", system.getDocumentation());
            for (Container container : sorted(system.getContainers())) {
                add(decisions, ArchitectureModel.identifierOf(container) + "-", container.getDocumentation());
            }
        }
        return new WorkspaceDecisions(decisions);
    }

    private static void add(List<Decision> decisions, String scope, Documentation documentation) {
        // Decisions are compared by id as numbers where they are numbers (adr-tools numbering).
        documentation.getDecisions().stream().sorted().forEach(decision -> decisions.add(new Decision(
                scope + key(decision.getId()),
                decision.getId(),
                decision.getTitle(),
                AdrConventions.status(decision.getStatus()),
                decision.getDate() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE
                        // The parser read the date in the default time zone; reading it back there keeps the day.
                        .withZone(ZoneId.systemDefault()).format(decision.getDate().toInstant()),
                decision.getContent() == null ? "" : decision.getContent(),
                mentions(decision.getContent()),
                decision.getLinks().stream().sorted()
                        .map(link -> new Link(scope + key(link.getId()), link.getDescription()))
                        .toList())));
    }

    /** {@code 7} → {@code adr-0007}, so file names sort like the ADRs; other ids are kept, lower-cased. */
    static String key(String id) {
        return id.matches("\\d{1,4}") ? String.format(Locale.ROOT, "adr-%04d", Integer.parseInt(id))
                : "adr-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    }

    static List<String> mentions(String markdown) {
        Set<String> identifiers = new LinkedHashSet<>();
        if (markdown != null) {
            Matcher matcher = AdrConventions.DOCUMENT_MACRO.matcher(markdown);
            while (matcher.find()) {
                if (matcher.group(1).equals("elemento")) {
                    identifiers.add(matcher.group(2));
                }
            }
        }
        return List.copyOf(identifiers);
    }

    private static <T extends Element> List<T> sorted(Set<T> elements) {
        return elements.stream().sorted(Comparator.comparing(Element::getCanonicalName)).toList();
    }

    @Override
    public List<Decision> decisions() {
        return decisions;
    }
}
