package com.varsomics.archgen.site;

import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.diagrams.DiagramExporter;
import com.varsomics.archgen.diagrams.DiagramRenderer;
import com.varsomics.archgen.facts.Controls;
import com.varsomics.archgen.model.ArchitectureModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Site fixtures: a fixture workspace with its views rendered once per test run (PlantUML takes seconds). */
final class SiteFixtures {

    private static final Map<String, Path> RENDERED = new ConcurrentHashMap<>();

    private SiteFixtures() {
    }

    /** The folder holding {@code <view>.svg|png|puml} for every view of the fixture workspace. */
    static Path diagrams(String workspace) {
        return RENDERED.computeIfAbsent(workspace, name -> {
            try {
                Path directory = Files.createTempDirectory("site-diagrams-" + name.replace(".dsl", "") + "-");
                DiagramRenderer renderer = new DiagramRenderer(directory, 2);
                renderer.render(new DiagramExporter(AwsIconCatalog.bundled()).export(Fixtures.load(name)));
                renderer.drawMissingPngs();
                return directory;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The sources of a build of the fixture, with the given companions and document-side seams. */
    static ReviewersSite.Sources sources(String workspace, Path buildDirectory, Companions companions,
                                         RequirementCatalog requirements, RiskCatalog risks, DocumentSections sections) {
        return sources(workspace, buildDirectory, companions, requirements, risks, sections, DocumentPages.none());
    }

    static ReviewersSite.Sources sources(String workspace, Path buildDirectory, Companions companions, RequirementCatalog requirements,
                                         RiskCatalog risks, DocumentSections sections, DocumentPages pages) {
        ArchitectureModel model = Fixtures.load(workspace);
        return new ReviewersSite.Sources(model, diagrams(workspace), buildDirectory, companions, KeyFigures.from(model),
                requirements, risks, WorkspaceDecisions.of(model), sections, pages, controls());
    }

    /** The sources of a build where the document and slides stages have not landed yet. */
    static ReviewersSite.Sources sources(String workspace, Path buildDirectory) {
        return sources(workspace, buildDirectory, Companions.none(), RequirementCatalog.idsOnly(), RiskCatalog.none(), DocumentSections.none());
    }

    /** The fixture controls table: two implemented controls (a construct, a Kubernetes object) and a planned one. */
    static Controls controls() {
        try {
            Path table = Path.of(SiteFixtures.class.getResource("/site/controles.tsv").toURI());
            return Controls.load(table, Path.of("docs/controles.tsv"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
