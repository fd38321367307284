package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramRendererTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static List<PlantUmlDiagram> diagrams;

    @BeforeAll
    static void export() {
        diagrams = new DiagramExporter(AwsIconCatalog.bundled()).export(Fixtures.load("valid.dsl"));
    }

    @Test
    void render_WritesSvgAndPuml_ForEveryView_ButNoPng(@TempDir Path out) throws IOException {
        var results = new DiagramRenderer(out, 2).render(diagrams);

        assertThat(results).extracting(DiagramRenderer.Result::outcome).containsOnly(DiagramRenderer.Outcome.RENDERED);
        for (PlantUmlDiagram diagram : diagrams) {
            assertThat(Files.readString(out.resolve(diagram.key() + ".puml"))).isEqualTo(diagram.source());
            assertThat(out.resolve(diagram.key() + ".png")).as("drawn apart, by drawMissingPngs").doesNotExist();
            String svg = Files.readString(out.resolve(diagram.key() + ".svg"));
            assertThat(svg).startsWith("<svg");
            assertThat(SvgText.of(svg)).as("the figure's caption carries the title").doesNotContain(diagram.title());
            assertThat(SvgMetrics.of(svg).smallestFontSize()).as("%s: every text at 16 px", diagram.key()).isEqualTo(16.0);
        }
        assertThat(SvgText.of(Files.readString(out.resolve("deployment.svg"))))
                .contains("sa-east-1", "Cluster EKS", "API", "Bucket de entrada", "Assina URLs"); // the label wraps at 16 px
    }

    @Test
    void drawMissingPngs_DrawsThePngOfEveryRenderedView_FromItsSource(@TempDir Path out) throws IOException {
        new DiagramRenderer(out, 2).render(diagrams);
        Files.writeString(out.resolve("broken.failed.puml"), "@startuml\n!include <awslib14/Nowhere/Nothing>\n@enduml\n");
        Files.writeString(out.resolve("context.png.part"), "left by an interrupted build");

        var results = new DiagramRenderer(out, 2).drawMissingPngs();

        assertThat(results).extracting(DiagramRenderer.Result::key)
                .containsExactlyInAnyOrderElementsOf(diagrams.stream().map(PlantUmlDiagram::key).toList());
        for (PlantUmlDiagram diagram : diagrams) {
            assertThat(Files.readAllBytes(out.resolve(diagram.key() + ".png"))).as(diagram.key()).startsWith(PNG_SIGNATURE);
        }
        assertThat(out.resolve("broken.png")).as("a failed rendering has no drawing").doesNotExist();
        try (var files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void drawMissingPngs_LeavesThePngsThatExist(@TempDir Path out) throws IOException {
        DiagramRenderer renderer = new DiagramRenderer(out, 2);
        renderer.render(diagrams);
        renderer.drawMissingPngs();
        Path context = out.resolve("context.png");
        Files.writeString(context, "kept");

        assertThat(renderer.drawMissingPngs()).isEmpty();
        assertThat(context).content().isEqualTo("kept");
    }

    @Test
    void render_RemovesThePngOfAViewItRedraws_SoTheNextPngShowsTheNewDrawing(@TempDir Path out) throws IOException {
        DiagramRenderer renderer = new DiagramRenderer(out, 2);
        renderer.render(diagrams);
        renderer.drawMissingPngs();
        byte[] before = Files.readAllBytes(out.resolve("context.png"));
        byte[] unchanged = Files.readAllBytes(out.resolve(diagrams.get(0).key() + ".png"));
        PlantUmlDiagram context = diagrams.get(1);
        PlantUmlDiagram changed = new PlantUmlDiagram(context.key(), context.title(), context.source().replace("Pesquisador", "Pesquisadora"));

        var results = renderer.render(List.of(diagrams.get(0), changed));

        assertThat(results).extracting(DiagramRenderer.Result::outcome)
                .containsExactly(DiagramRenderer.Outcome.UNCHANGED, DiagramRenderer.Outcome.RENDERED);
        assertThat(out.resolve("context.png")).as("no stale PNG of the old drawing").doesNotExist();
        assertThat(Files.readAllBytes(out.resolve(diagrams.get(0).key() + ".png"))).as("an unchanged view keeps its PNG").isEqualTo(unchanged);
        assertThat(renderer.drawMissingPngs()).extracting(DiagramRenderer.Result::key).containsExactly("context");
        assertThat(Files.readAllBytes(out.resolve("context.png"))).startsWith(PNG_SIGNATURE).isNotEqualTo(before);
    }

    @Test
    void render_SkipsViewsWhosePlantUmlIsUnchanged_AndRedoesChangedOnes(@TempDir Path out) throws IOException {
        DiagramRenderer renderer = new DiagramRenderer(out, 2);
        renderer.render(diagrams);
        PlantUmlDiagram context = diagrams.get(1);
        PlantUmlDiagram changed = new PlantUmlDiagram(context.key(), context.title(), context.source().replace("Pesquisador", "Pesquisadora"));

        var results = renderer.render(List.of(diagrams.get(0), changed));

        assertThat(results).extracting(DiagramRenderer.Result::outcome)
                .containsExactly(DiagramRenderer.Outcome.UNCHANGED, DiagramRenderer.Outcome.RENDERED);
        assertThat(SvgText.of(Files.readString(out.resolve("context.svg")))).contains("Pesquisadora");
    }

    @Test
    void render_AndDrawMissingPngs_GiveByteIdenticalFiles_OnEveryRun(@TempDir Path first, @TempDir Path second) throws IOException {
        new DiagramRenderer(first, 2).render(diagrams);
        new DiagramRenderer(first, 2).drawMissingPngs();
        new DiagramRenderer(second, 1).render(diagrams);
        new DiagramRenderer(second, 1).drawMissingPngs();

        for (PlantUmlDiagram diagram : diagrams) {
            for (String extension : List.of(".puml", ".svg", ".png")) {
                assertThat(Files.readAllBytes(second.resolve(diagram.key() + extension)))
                        .as(diagram.key() + extension).isEqualTo(Files.readAllBytes(first.resolve(diagram.key() + extension)));
            }
        }
    }

    @Test
    void render_FailsNamingTheViewAndTheLine_WhenPlantUmlRejectsTheSource(@TempDir Path out) throws IOException {
        PlantUmlDiagram broken = new PlantUmlDiagram("broken", "Broken", "@startuml\n!include <awslib14/Nowhere/Nothing>\n@enduml\n");

        assertThatThrownBy(() -> new DiagramRenderer(out, 1).render(List.of(broken)))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("View 'broken': PlantUML cannot render the exported diagram: ")
                .hasMessageContaining("(exported line: !include <awslib14/Nowhere/Nothing>)")
                .hasMessageContaining("build/diagrams/broken.failed.puml");
        assertThat(Files.readString(out.resolve("broken.failed.puml"), StandardCharsets.UTF_8)).isEqualTo(broken.source());
        assertThat(out.resolve("broken.puml")).doesNotExist();
    }
}
