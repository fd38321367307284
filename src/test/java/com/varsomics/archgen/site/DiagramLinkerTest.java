package com.varsomics.archgen.site;

import com.structurizr.model.Element;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.model.ArchitectureModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG post-processing, on the fixture's real PlantUML renderings. */
class DiagramLinkerTest {

    private final ArchitectureModel model = Fixtures.load("site.dsl");
    private final Path diagrams = SiteFixtures.diagrams("site.dsl");

    @Test
    void everyElementGroupOfEveryView_IsRecognised_AndLinked() throws Exception {
        SiteModel site = new SiteModel(model);
        for (ModelView view : site.views()) {
            String svg = Files.readString(diagrams.resolve(view.getKey() + ".svg"));
            String linked = new DiagramLinker().link(svg, view, element -> new DiagramLinker.Target(site.pagePath(element), element.getName()));

            assertThat(DiagramLinker.countLinks(linked)).as(view.getKey()).isEqualTo(DiagramLinker.qualifiedNames(svg).size());
        }
    }

    @Test
    void aliases_FollowTheExporter_ForInstancesAndNestedDeploymentNodes() {
        Element writer = model.findByIdentifier("writer").orElseThrow();
        Element cluster = model.findByIdentifier("cluster").orElseThrow();

        assertThat(DiagramLinker.alias(writer)).isEqualTo("Produção.saeast1SãoPaulo.saeast1a.Bancorelacional_1");
        assertThat(DiagramLinker.alias(cluster)).isEqualTo("Produção.saeast1SãoPaulo.Nósdeaplicação");
        assertThat(DiagramLinker.mangle(DiagramLinker.alias(cluster))).isEqualTo("Produ..o.saeast1S.oPaulo.N.sdeaplica..o");
    }

    @Test
    void theLinkLabelIsEscaped_AndTheDrawingFillsItsFrame() throws Exception {
        ModelView context = model.workspace().getViews().getViewWithKey("context") instanceof ModelView view ? view : null;
        String svg = Files.readString(diagrams.resolve("context.svg"));

        String linked = new DiagramLinker().link(svg, context, element -> new DiagramLinker.Target("x.html", "<\"&'>"));

        assertThat(linked).contains("aria-label=\"&lt;&quot;&amp;&#39;&gt;\"").doesNotContain("<?plantuml");
        assertThat(linked.substring(0, linked.indexOf('>'))).contains(" width=\"100%\" height=\"100%\"", "preserveAspectRatio=\"xMidYMid meet\"")
                .doesNotContain("px");
    }
}
