package com.varsomics.archgen.diagrams;

import com.structurizr.model.Element;
import com.structurizr.model.StaticStructureElementInstance;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.ExternalUrls;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.model.ArchitectureModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** Checks the diagrams that {@code ./mvnw package} wrote to build/diagrams from the real workspace.dsl. */
class DiagramsIT {

    private static final Path DIAGRAMS = Path.of(System.getProperty("archgen.buildDirectory", "build"), "diagrams");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final ArchitectureModel model = Fixtures.realWorkspace();

    @Test
    void everyView_HasNonEmptySvgPngAndPuml_ShowingTheNamesOfItsElements() throws IOException {
        List<ModelView> views = views();
        assertThat(views).isNotEmpty();
        for (ModelView view : views) {
            Path svg = DIAGRAMS.resolve(view.getKey() + ".svg");
            Path png = DIAGRAMS.resolve(view.getKey() + ".png");
            Path puml = DIAGRAMS.resolve(view.getKey() + ".puml");
            assertThat(svg).as(view.getKey()).isNotEmptyFile();
            assertThat(puml).as(view.getKey()).isNotEmptyFile();
            assertThat(Files.readAllBytes(png)).as(view.getKey() + ".png").startsWith(PNG_SIGNATURE);
            assertThat(Files.size(png)).as(view.getKey() + ".png").isGreaterThan(5_000);

            String visibleText = withoutSpaces(SvgText.of(Files.readString(svg, StandardCharsets.UTF_8)));
            assertSoftly(softly -> {
                for (ElementView elementView : view.getElements()) {
                    String name = nameOf(elementView.getElement());
                    softly.assertThat(visibleText).as("%s.svg shows '%s'", view.getKey(), name).contains(withoutSpaces(name));
                }
            });
        }
    }

    @Test
    void noSvg_ReferencesAnExternalUrl() throws IOException {
        for (ModelView view : views()) {
            String svg = Files.readString(DIAGRAMS.resolve(view.getKey() + ".svg"), StandardCharsets.UTF_8);
            assertThat(ExternalUrls.firstIn(svg)).as("external URL in %s.svg", view.getKey()).isEmpty();
        }
    }

    @Test
    void renderingAgain_GivesByteIdenticalPumlAndSvg(@TempDir Path again) throws IOException {
        AwsIconCatalog icons = AwsIconCatalog.bundled();
        new DiagramRenderer(again, Runtime.getRuntime().availableProcessors())
                .render(new DiagramExporter(icons).export(Fixtures.realWorkspace()));

        for (ModelView view : views()) {
            for (String extension : List.of(".puml", ".svg")) {
                assertThat(Files.readAllBytes(again.resolve(view.getKey() + extension)))
                        .as(view.getKey() + extension)
                        .isEqualTo(Files.readAllBytes(DIAGRAMS.resolve(view.getKey() + extension)));
            }
        }
    }

    private List<ModelView> views() {
        return model.workspace().getViews().getViews().stream()
                .filter(ModelView.class::isInstance).map(ModelView.class::cast).toList();
    }

    private static String nameOf(Element element) {
        return element instanceof StaticStructureElementInstance instance ? instance.getElement().getName() : element.getName();
    }

    /** Labels wrap inside boxes, so words may sit on different lines of the drawing. */
    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
