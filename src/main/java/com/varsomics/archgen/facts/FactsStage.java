package com.varsomics.archgen.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.Stage;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.provisioning.CloudAssemblyReader;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The build stage between the code and the prose: reads the facts from {@code build/cdk.out} and {@code build/k8s},
 * writes them for the document, deck and site, draws the analysis state machine, checks the controls table, and fails
 * when a deliverable still types a value the code no longer deploys.
 */
public final class FactsStage implements Stage {

    public static final String NAME = "extract facts";

    /** The controls table, under docs/. */
    static final String CONTROLS = "controles.tsv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BuildContext context) {
        CloudAssemblyReader assembly = new CloudAssemblyReader(context.cdkOutDirectory());
        Map<String, JsonNode> templates = assembly.templates();
        List<String> overlays = overlays(context.kubernetesDirectory());
        List<Fact> facts = new ArrayList<>(Facts.fromTemplates(templates));
        facts.addAll(ManifestFacts.read(context.kubernetesDirectory(), overlays));
        Controls controls = Controls.load(context.docsDirectory().resolve(CONTROLS), Path.of("docs", CONTROLS));
        facts.add(new Fact("controls-implemented", Long.toString(controls.implementedCount()), "docs/" + CONTROLS));
        facts.add(new Fact("controls-planned", Long.toString(controls.plannedCount()), "docs/" + CONTROLS));
        Path directory = context.factsDirectory();
        FactsFiles.write(directory, facts, templates);
        FactsFiles.write(directory.resolve(ControlsFragment.TABLE), ControlsFragment.table(controls));
        FactsFiles.write(directory.resolve(ControlsFragment.PLANNED), ControlsFragment.planned(controls));
        new DiagramRenderer(context.diagramsDirectory(), 1).render(List.of(
                StateDiagram.of(Facts.analysisStateMachine(templates), "Máquina de estados da análise")));
        List<Finding> findings = new ArrayList<>(controls.findings(assembly.constructPaths(),
                ManifestFacts.objectsInEveryOverlay(context.kubernetesDirectory(), overlays)));
        findings.addAll(StatedValues.findings(facts, context.projectDirectory(),
                StatedValues.deliverableSources(context.projectDirectory())));
        if (!findings.isEmpty()) {
            throw new ValidationException("The deliverables have", findings);
        }
        System.out.printf(Locale.ROOT, "[archgen]   %d facts, %d controls checked, ASL, lifecycle rules, state diagram -> %s%n", facts.size(), controls.rows().size(), directory);
    }

    private static List<String> overlays(Path kubernetesDirectory) {
        try (var files = Files.list(kubernetesDirectory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new com.varsomics.archgen.BuildException(kubernetesDirectory + ": cannot list the rendered overlays (" + e.getMessage()
                    + "). The Kubernetes stage writes them first.", e);
        }
    }
}
