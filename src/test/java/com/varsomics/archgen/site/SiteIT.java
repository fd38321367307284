package com.varsomics.archgen.site;

import com.structurizr.view.ModelView;
import com.varsomics.archgen.ArchitectureBuild;
import com.varsomics.archgen.ExternalUrls;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.model.ArchitectureModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the site that {@code ./mvnw package} wrote to build/site from the real workspace.dsl. */
class SiteIT {

    private static final Path BUILD = Path.of(System.getProperty("archgen.buildDirectory", "build")).toAbsolutePath();
    private static final Path SITE = BUILD.resolve("site");

    @TempDir
    static Path again;

    private static ReviewersSite.Result rendered;
    private static ArchitectureModel model;

    /** Renders the site again from the same inputs, as the build's site stage does, into a fresh folder. */
    @BeforeAll
    static void renderAgain() {
        model = Fixtures.realWorkspace();
        List<String> stages = ArchitectureBuild.standard().stageNames();
        Set<String> before = new LinkedHashSet<>(stages.subList(0, stages.indexOf("render site")));
        rendered = new ReviewersSite(ReviewersSite.Sources.of(model, BUILD, before)).render(again.resolve("site"));
    }

    @Test
    void renderingAgain_GivesByteIdenticalFiles() throws IOException {
        try (var walk = Files.walk(again.resolve("site"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String sitePath = again.resolve("site").relativize(file).toString();
                assertThat(Files.readAllBytes(SITE.resolve(sitePath))).as(sitePath).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void everyElementOfTheModel_HasAPage_AndTheBuiltSitePassesTheLinkCheck() {
        assertThat(rendered.requiredPages()).hasSize(new SiteModel(model).elements().size()).isNotEmpty();
        assertThat(new SiteLinkChecker(SITE, Path.of("build/site"))
                .check(rendered.pages(), rendered.requiredPages(), rendered.stylesheets())).isEmpty();
    }

    @Test
    void everyDiagramPage_LinksEveryElementItDraws() throws IOException {
        for (ModelView view : new SiteModel(model).views()) {
            String svg = Files.readString(BUILD.resolve("diagrams").resolve(view.getKey() + ".svg"), StandardCharsets.UTF_8);
            String page = Files.readString(SITE.resolve(SiteModel.diagramPagePath(view)), StandardCharsets.UTF_8);

            assertThat(DiagramLinker.countLinks(page.substring(page.indexOf("<svg"), page.indexOf("</svg>"))))
                    .as(view.getKey()).isEqualTo(DiagramLinker.qualifiedNames(svg).size());
        }
    }

    @Test
    void noPageOrStylesheetOfTheSite_LoadsAnythingFromANetwork() throws IOException {
        for (String path : rendered.pages()) {
            String html = Files.readString(SITE.resolve(path), StandardCharsets.UTF_8);
            assertThat(ExternalUrls.firstIn(html)).as(path).isEmpty();
        }
        assertThat(ExternalUrls.firstIn(Files.readString(SITE.resolve("assets/site.css")))).isEmpty();
    }
}
