package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.model.ArchitectureModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** View-model tests: the exported PlantUML text, compared whole against expected files; nothing is rendered. */
class DiagramExporterTest {

    private final List<PlantUmlDiagram> diagrams = new DiagramExporter(AwsIconCatalog.bundled()).export(Fixtures.load("valid.dsl"));

    @Test
    void export_GivesOneDiagramPerView_OrderedByKey() {
        assertThat(diagrams).extracting(PlantUmlDiagram::key).containsExactly("containers", "context", "deployment");
        assertThat(diagrams).extracting(PlantUmlDiagram::title).containsExactly("Contêineres", "Contexto", "Implantação");
    }

    @Test
    void export_MatchesTheExpectedPlantUml_ForEveryView() throws IOException {
        for (PlantUmlDiagram diagram : diagrams) {
            assertThat(diagram.source()).as(diagram.key()).isEqualTo(expected(diagram.key()));
        }
    }

    @Test
    void export_UsesTheBundledLayoutAndLibraries_NeverTheNetwork() {
        for (PlantUmlDiagram diagram : diagrams) {
            assertThat(diagram.source().lines().skip(1).findFirst()).hasValue("!pragma layout smetana");
            assertThat(diagram.source()).doesNotContain("http://", "https://", "SHOW_LEGEND");
        }
    }

    @Test
    void export_DrawsAwsElementsWithTheirIcon_OnlyIncludingIconsTheViewUses() {
        PlantUmlDiagram containers = diagrams.getFirst();

        assertThat(containers.source())
                .contains("!include <awslib14/AWSCommon>\n!include <awslib14/Storage/SimpleStorageService>\n")
                .contains("AddElementTag(\"Amazon S3\", $bgColor=\"#ffffff\", $borderColor=\"#444444\", $fontColor=\"#444444\", "
                        + "$sprite=\"SimpleStorageService,scale=0.5,color=#7AA116\"")
                .doesNotContain("ElasticKubernetesService");
    }

    @Test
    void export_WrapsTextAtTheViewsWrapWidth_WhenTheViewSetsOne() {
        ArchitectureModel model = Fixtures.load("valid.dsl");
        model.findView("context").orElseThrow().addProperty(DiagramExporter.WRAP_WIDTH_PROPERTY, "150");

        List<PlantUmlDiagram> exported = new DiagramExporter(AwsIconCatalog.bundled()).export(model);

        assertThat(exported.get(1).source()).contains("skinparam ArrowFontSize 16\nskinparam wrapWidth 150\n");
        assertThat(exported.get(0).source()).doesNotContain("wrapWidth");
    }

    @Test
    void export_RejectsAWrapWidthThatIsNotAWidth() {
        ArchitectureModel model = Fixtures.load("valid.dsl");
        model.findView("context").orElseThrow().addProperty(DiagramExporter.WRAP_WIDTH_PROPERTY, "wide");

        assertThatThrownBy(() -> new DiagramExporter(AwsIconCatalog.bundled()).export(model))
                .isInstanceOf(BuildException.class)
                .hasMessage("View 'context': property plantuml.wrapWidth is 'wide'; give a width in px between 10 and 9999, e.g. \"150\".");
    }

    private static String expected(String key) throws IOException {
        try (InputStream in = DiagramExporterTest.class.getResourceAsStream("/expected/valid/" + key + ".puml")) {
            assertThat(in).as("expected/valid/" + key + ".puml").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
