package com.varsomics.archgen.slides;

import com.varsomics.archgen.diagrams.PlantUmlDiagram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlideDiagramStyleTest {

    private static final String EXPORTED = """
            @startuml
            !pragma layout smetana
            title <size:24>Fluxo de upload</size>\\n<size:24>Descrição longa da visão.</size>

            set separator none
            top to bottom direction

            !include <C4/C4>
            !include <C4/C4_Container>

            !include <awslib14/AWSCommon>

            System_Boundary("Plataforma_boundary", "Plataforma", $tags="Software System") {
              Container(api, "API", $techn="FastAPI", $descr="Assina URLs \\"pré-assinadas\\" e registra.", $tags="Container", $link="")
            }

            Rel(user, api, "1: POST /samples com nomes", $techn="HTTPS", $tags="Relationship", $link="")
            Rel_D(api, db, "Grava", $techn="SQL", $tags="Relationship", $link="")
            @enduml
            """;

    @Test
    void apply_DropsTitleBoundaryDescriptionsAndTechnologies_KeepsStepNumbers_AndSetsFontsAndDirection() {
        PlantUmlDiagram styled = SlideDiagramStyle.apply(new PlantUmlDiagram("upload-flow", "Fluxo de upload", EXPORTED),
                SlideDiagramStyle.Direction.LEFT_TO_RIGHT);

        assertThat(styled.source()).isEqualTo("""
                @startuml
                !pragma layout smetana

                set separator none
                left to right direction

                !include <C4/C4>
                !include <C4/C4_Container>
                skinparam defaultFontSize 30
                skinparam defaultFontName "DejaVu Sans"
                !$TECHN_FONT_SIZE = 26

                !include <awslib14/AWSCommon>

                  Container(api, "API", $techn="", $descr="", $tags="Container", $link="")

                Rel(user, api, "<size:30>1</size>", $tags="Relationship", $link="")
                Rel_D(api, db, "", $tags="Relationship", $link="")
                @enduml
                """);
    }

    @Test
    void svgForSlides_NamesTheMeasuringFontFirst_WithCloseFallbacks() {
        assertThat(SlideDiagramStyle.svgForSlides("<text font-family=\"'DejaVu Sans'\" font-size=\"20\">API</text>"))
                .isEqualTo("<text font-family=\"'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif\" font-size=\"20\">API</text>");
    }
}
