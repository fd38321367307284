package com.varsomics.archgen.document;

import java.util.Locale;
import com.varsomics.archgen.check.Location;
import com.structurizr.model.Element;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * What the converted document must satisfy: every element documented in prose, every view shown, every
 * reference resolved, every requirement traced to an element and a section, every risk tied to an element
 * with a verification, a provisioning guide with its steps, every step with a command and a verification.
 */
public final class DocumentChecks {

    /**
     * The bars the document must clear.
     *
     * @param minimumRisks  rows of the risks table ([.riscos]) at least
     * @param minimumSteps  [.passo] sections of the provisioning guide at least
     * @param listingWidth  characters a listing line may have at most: a longer one wraps in the PDF, and a command
     *                      copied from a wrapped line breaks
     * @param minimumDiagramPoints the smallest text a diagram may print at, in points, at the size it is placed
     */
    public record Limits(int minimumRisks, int minimumSteps, int listingWidth, double minimumDiagramPoints) {

        /**
         * The delivery document: the issue sets the bar at 25 concrete risks; the guide has at least one step per
         * stage it must walk through (landing zone and accounts, network, security baseline, KMS and data, EKS and
         * add-ons, Batch and Step Functions, CI/CD, DNS/TLS/CDN/WAF, observability, smoke test, teardown); and 110
         * monospaced characters at the theme's 8 pt code font fit the A4 text width; 6 pt is the smallest text that
         * stays readable on paper.
         */
        public static final Limits DELIVERY = new Limits(25, 11, 110, 6.0);
    }

    private final ArchitectureModel model;
    private final Requirements requirements;
    private final ModelFragments fragments;
    private final Limits limits;

    public DocumentChecks(ArchitectureModel model, Requirements requirements, Limits limits) {
        this.model = model;
        this.requirements = requirements;
        this.limits = limits;
        this.fragments = new ModelFragments(model, requirements);
    }

    public List<Finding> check(DocumentReferences references) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(references.unresolved());
        findings.addAll(references.crossVolume());

        for (Element element : fragments.documentedElements()) {
            if (!references.elements().containsKey(ArchitectureModel.identifierOf(element))) {
                findings.add(new Finding("document.element.undocumented", model.where(element),
                        model.name(element) + " is never referenced in the document's prose.",
                        "Explain it with elemento:" + ArchitectureModel.identifierOf(element) + "[] in the chapter where it belongs."));
            }
            for (String id : ModelFragments.requirementsOf(element)) {
                if (requirements.find(id).isEmpty()) {
                    findings.add(new Finding("document.requirement.unknown", model.where(element),
                            model.name(element) + " lists requirement '" + id + "', which docs/requisitos.tsv does not define.",
                            ""));
                }
            }
        }
        model.views().stream()
                .filter(view -> !ArchitectureModel.slidesOnly(view) && !references.views().contains(view.getKey()))
                .forEach(view -> findings.add(new Finding("document.view.missing", model.whereView(view.getKey()),
                        model.nameView(view.getKey()) + " appears nowhere in the document.",
                        "Place it with diagrama::" + view.getKey() + "[].")));
        findings.addAll(references.repeatedViews());
        for (DocumentReferences.Placement placement : references.placements()) {
            if (placement.smallestTextPoints() < limits.minimumDiagramPoints()) {
                findings.add(new Finding("document.diagram.legible", placement.location().asLocation(), String.format(Locale.ROOT,
                        "view '%s' prints its smallest text at %.1f pt on %s (%s); it needs %.0f pt.", placement.viewKey(),
                        placement.smallestTextPoints(), placement.medium(), placement.how(), limits.minimumDiagramPoints()),
                        "Place it on a landscape page (diagrama::" + placement.viewKey() + "[pagina=paisagem]), lay the view out in the"
                                + " other direction (autoLayout tb or lr) or split it into smaller views in workspace.dsl."));
            }
        }

        for (Requirement requirement : requirements.all()) {
            if (fragments.elementsServing(requirement.id()).isEmpty()) {
                findings.add(new Finding("document.requirement.element", requirement.location(), requirement.id() + " ("
                        + requirement.title() + ") is served by no model element.",
                        "Add it to the 'requirements' property of the elements that meet it."));
            }
            if (!references.requirementSections().containsKey(requirement.id())) {
                findings.add(new Finding("document.requirement.section", requirement.location(), requirement.id() + " ("
                        + requirement.title() + ") is answered by no section.",
                        "Cite it with requisito:" + requirement.id() + "[] where the document meets it."));
            }
        }

        List<DocumentReferences.Risk> risks = references.risks();
        if (risks.size() < limits.minimumRisks()) {
            findings.add(new Finding("document.risk.count", Location.NONE, "The risks table ([." + StructureCollector.RISKS_ROLE
                    + "]) has " + risks.size() + " risks; the chapter needs at least " + limits.minimumRisks() + ".", ""));
        }
        for (DocumentReferences.Risk risk : risks) {
            if (risk.elementIds().isEmpty()) {
                findings.add(new Finding("document.risk.element", risk.location().asLocation(),
                        "risk '" + risk.title() + "' names no model element.",
                        "Put elemento:<id>[] in its 'Elemento' cell."));
            }
            if (risk.verification().isBlank()) {
                findings.add(new Finding("document.risk.verification", risk.location().asLocation(),
                        "risk '" + risk.title() + "' has no verification.",
                        "Say how it is checked (command, test, alarm or Config rule)."));
            }
        }
        findings.addAll(TopRisks.check(references));
        if (references.steps().size() < limits.minimumSteps()) {
            findings.add(new Finding("document.step.count", Location.NONE, "The provisioning guide has " + references.steps().size()
                    + " steps ([." + StructureCollector.STEP_ROLE + "] sections); it needs at least " + limits.minimumSteps() + ".",
                    "Give each a [source,bash,role=" + StructureCollector.COMMAND_ROLE + "] and a [source,bash,role="
                    + StructureCollector.VERIFICATION_ROLE + "] listing."));
        }
        for (DocumentReferences.Step step : references.steps()) {
            if (step.commands() == 0) {
                findings.add(new Finding("document.step.command", step.location().asLocation(),
                        "step '" + step.title() + "' has no command.",
                        "Add a [source,bash,role=" + StructureCollector.COMMAND_ROLE + "] listing."));
            }
            if (step.verifications() == 0) {
                findings.add(new Finding("document.step.verification", step.location().asLocation(),
                        "step '" + step.title() + "' has no verification.",
                        "Add a [source,bash,role=" + StructureCollector.VERIFICATION_ROLE + "] listing with the expected result."));
            }
        }
        for (DocumentReferences.Listing listing : references.listings()) {
            for (int i = 0; i < listing.lines().size(); i++) {
                int width = listing.lines().get(i).codePointCount(0, listing.lines().get(i).length());
                if (width > limits.listingWidth()) {
                    findings.add(new Finding("document.listing.width", Location.of(listing.firstLine().file(), (listing.firstLine().line() + i)),
                            "listing line of " + width + " characters; the PDF wraps lines over " + limits.listingWidth() + ".",
                            "Break it with ' \\' (shell) or where the syntax allows, so a copied command still works."));
                }
            }
        }
        return findings;
    }
}
