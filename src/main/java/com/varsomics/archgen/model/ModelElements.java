package com.varsomics.archgen.model;

import com.structurizr.documentation.Decision;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;

import java.util.Comparator;
import java.util.List;

/** The model's elements and relationships in a stable order, so findings are listed the same way every run. */
public final class ModelElements {

    private ModelElements() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static List<Element> sorted(ArchitectureModel model) {
        return model.workspace().getModel().getElements().stream()
                .sorted(Comparator.comparing(Element::getCanonicalName).thenComparing(Element::getId))
                .toList();
    }

    /** Relationships as declared: the copies Structurizr makes onto deployment instances are left out. */
    public static List<Relationship> declaredRelationships(ArchitectureModel model) {
        return model.workspace().getModel().getRelationships().stream()
                .filter(relationship -> relationship.getLinkedRelationshipId() == null)
                .sorted(Comparator.comparing((Relationship r) -> r.getSource().getCanonicalName())
                        .thenComparing(r -> r.getDestination().getCanonicalName())
                        .thenComparing(r -> String.valueOf(r.getDescription())))
                .toList();
    }

    /** The workspace's architecture decisions ({@code !adrs}) in number order. */
    public static List<Decision> decisions(ArchitectureModel model) {
        return model.workspace().getDocumentation().getDecisions().stream()
                .sorted(Comparator.comparingInt(decision -> Integer.parseInt(decision.getId())))
                .toList();
    }
}
