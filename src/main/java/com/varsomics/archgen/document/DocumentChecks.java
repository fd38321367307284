package com.varsomics.archgen.document;

import com.structurizr.model.Element;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.validation.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * What the converted document must satisfy: every element documented in prose, every view shown, every
 * reference resolved, every requirement traced to an element and a section, every risk tied to an element
 * with a verification, every provisioning step with a command and a verification.
 */
public final class DocumentChecks {

    /** The case asks for the security and DevOps risks chapter; the issue sets the bar at 25 concrete ones. */
    public static final int MINIMUM_RISKS = 25;

    private final ArchitectureModel model;
    private final Requirements requirements;
    private final ModelFragments fragments;
    private final int minimumRisks;

    public DocumentChecks(ArchitectureModel model, Requirements requirements, int minimumRisks) {
        this.model = model;
        this.requirements = requirements;
        this.minimumRisks = minimumRisks;
        this.fragments = new ModelFragments(model, requirements);
    }

    public List<Finding> check(DocumentReferences references) {
        List<Finding> findings = new ArrayList<>();
        references.unresolved().forEach(message -> findings.add(new Finding("document.reference.unresolved", message)));

        for (Element element : fragments.documentedElements()) {
            if (!references.elements().containsKey(ArchitectureModel.identifierOf(element))) {
                findings.add(new Finding("document.element.undocumented", model.describe(element)
                        + " is never referenced in the document's prose. Explain it with elemento:"
                        + ArchitectureModel.identifierOf(element) + "[] in the chapter where it belongs."));
            }
            for (String id : ModelFragments.requirementsOf(element)) {
                if (requirements.find(id).isEmpty()) {
                    findings.add(new Finding("document.requirement.unknown", model.describe(element)
                            + " lists requirement '" + id + "', which docs/requisitos.tsv does not define."));
                }
            }
        }
        model.workspace().getViews().getViews().stream()
                .filter(ModelView.class::isInstance).map(ModelView.class::cast)
                .filter(view -> !references.views().contains(view.getKey()))
                .forEach(view -> findings.add(new Finding("document.view.missing", model.describeView(view.getKey())
                        + " appears nowhere in the document. Place it with diagrama::" + view.getKey() + "[].")));

        for (Requirement requirement : requirements.all()) {
            if (fragments.elementsServing(requirement.id()).isEmpty()) {
                findings.add(new Finding("document.requirement.element", requirement.id() + " (" + requirement.title()
                        + ") is served by no model element. Add it to the 'requirements' property of the elements that meet it."));
            }
            if (!references.requirementSections().containsKey(requirement.id())) {
                findings.add(new Finding("document.requirement.section", requirement.id() + " (" + requirement.title()
                        + ") is answered by no section. Cite it with requisito:" + requirement.id() + "[] where the document meets it."));
            }
        }

        List<DocumentReferences.Risk> risks = references.risks();
        if (risks.size() < minimumRisks) {
            findings.add(new Finding("document.risk.count", "The risks table ([." + StructureCollector.RISKS_ROLE + "]) has "
                    + risks.size() + " risks; the chapter needs at least " + minimumRisks + "."));
        }
        for (DocumentReferences.Risk risk : risks) {
            if (risk.elementIds().isEmpty()) {
                findings.add(new Finding("document.risk.element", risk.location() + ": risk '" + risk.title()
                        + "' names no model element. Put elemento:<id>[] in its 'Elemento' cell."));
            }
            if (risk.verification().isBlank()) {
                findings.add(new Finding("document.risk.verification", risk.location() + ": risk '" + risk.title()
                        + "' has no verification. Say how it is checked (command, test, alarm or Config rule)."));
            }
        }
        for (DocumentReferences.Step step : references.steps()) {
            if (step.commands() == 0) {
                findings.add(new Finding("document.step.command", step.location() + ": step '" + step.title()
                        + "' has no command. Add a [source,bash,role=" + StructureCollector.COMMAND_ROLE + "] listing."));
            }
            if (step.verifications() == 0) {
                findings.add(new Finding("document.step.verification", step.location() + ": step '" + step.title()
                        + "' has no verification. Add a [source,bash,role=" + StructureCollector.VERIFICATION_ROLE
                        + "] listing with the expected result."));
            }
        }
        return findings;
    }
}
