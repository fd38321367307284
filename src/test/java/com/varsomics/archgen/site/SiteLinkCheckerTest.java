package com.varsomics.archgen.site;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small site under src/test/resources/site/links/valid passes; every other folder there holds only the files that
 * break exactly one rule, copied on top of {@code valid}, and gets exactly one finding, with page, line and what to do.
 */
class SiteLinkCheckerTest {

    private static final List<String> PAGES = List.of("index.html", "elementos/api.html");
    private static final List<String> STYLESHEETS = List.of("assets/site.css");

    @TempDir
    Path site;

    private List<Finding> check(String fixture, List<String> pages, List<String> required) {
        copy(resource("valid"), site);
        copy(resource(fixture), site);
        return new SiteLinkChecker(site, Path.of("build/site")).check(pages, required, STYLESHEETS);
    }

    private static Path resource(String fixture) {
        try {
            return Path.of(SiteLinkCheckerTest.class.getResource("/site/links/" + fixture).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Finding> check(String fixture) {
        return check(fixture, PAGES, List.of("elementos/api.html"));
    }

    @Test
    void aSiteWhoseLinksAnchorsPicturesHeadingsAndLanguageAreRight_HasNoFinding() {
        assertThat(check("valid")).isEmpty();
    }

    @Test
    void aLinkToAMissingFile_IsReported_WithPageAndLine() {
        assertThat(check("broken-link")).containsExactly(new Finding(SiteLinkChecker.TARGET, new Location("build/site/index.html", 6),
                "<a href=\"elementos/nada.html\"> points to build/site/elementos/nada.html, which does not exist.",
                ""));
    }

    @Test
    void aLinkToAnAnchorThePageDoesNotHave_IsReported() {
        assertThat(check("missing-anchor")).containsExactly(new Finding(SiteLinkChecker.ANCHOR, new Location("build/site/index.html", 6),
                "<a href=\"elementos/api.html#riscos\"> points to #riscos, but build/site/elementos/api.html has no element with that id.",
                ""));
    }

    @Test
    void aPageNoLinkLeadsTo_IsReportedAsUnreachable() {
        assertThat(check("unreachable-page", List.of("index.html", "elementos/api.html", "orfa.html"), List.of())).containsExactly(
                new Finding(SiteLinkChecker.UNREACHABLE, Location.of("build/site/orfa.html"),
                        "cannot be reached from build/site/index.html by following links.",
                        "Link it from the landing page, the navigation or an index page."));
    }

    @Test
    void anElementWithoutItsPage_IsReported() {
        assertThat(check("valid", PAGES, List.of("elementos/api.html", "elementos/db.html"))).containsExactly(
                new Finding(SiteLinkChecker.MISSING_PAGE, Location.of("build/site/elementos/db.html"),
                        "does not exist, but the model has an element for it.",
                        "Every element needs a page: check SiteModel.hasPage and the site stage."));
    }

    @Test
    void aPictureWithoutAltText_IsReported() {
        assertThat(check("image-without-alt")).containsExactly(new Finding(SiteLinkChecker.ALT, new Location("build/site/index.html", 6),
                "<img src=\"assets/x.svg\"> has no alt text.",
                "Describe what the picture shows."));
    }

    @Test
    void anInlineDiagramWithoutLabel_IsReported() {
        assertThat(check("svg-without-label")).containsExactly(new Finding(SiteLinkChecker.ALT, new Location("build/site/elementos/api.html", 8),
                "an inline <svg> has no text alternative (aria-label on it or its frame, or a <title>).",
                ""));
    }

    @Test
    void aHeadingThatSkipsALevel_IsReported() {
        assertThat(check("skipped-heading")).containsExactly(new Finding(SiteLinkChecker.HEADINGS, new Location("build/site/elementos/api.html", 6),
                "<h3> \"Relacionamentos\" follows an <h1>; headings must not skip a level.",
                ""));
    }

    @Test
    void aScriptFromTheNetwork_IsReported() {
        assertThat(check("external-script")).containsExactly(new Finding(SiteLinkChecker.EXTERNAL, new Location("build/site/index.html", 7),
                "<script src=\"https://cdn.example.com/lib.js\"> loads from outside the site.",
                "Bundle the file in the site (the site must work with no network)."));
    }

    @Test
    void aRemoteFontInTheStylesheet_IsReported() {
        assertThat(check("remote-font")).containsExactly(new Finding(SiteLinkChecker.EXTERNAL, new Location("build/site/assets/site.css", 2),
                "loads from outside the site (remote url() or @import).",
                "Bundle fonts and images in the site."));
    }

    @Test
    void aPageNotInPortuguese_IsReported() {
        assertThat(check("wrong-language")).containsExactly(new Finding(SiteLinkChecker.LANGUAGE, Location.of("build/site/index.html"),
                "<html> must have lang=\"pt-BR\" (screen readers and hyphenation depend on it).",
                ""));
    }

    @Test
    void aLinkLeavingTheSiteFolder_IsReported() {
        assertThat(check("outside-link")).containsExactly(new Finding(SiteLinkChecker.OUTSIDE, new Location("build/site/index.html", 6),
                "<a href=\"../fora.html\"> leaves the site folder.",
                "Copy what it points to into the site so the folder stands alone."));
    }

    @Test
    void aLinkToAFolder_IsReported_BecauseFileUrlsDoNotOpenFolders() {
        assertThat(check("folder-link")).containsExactly(new Finding(SiteLinkChecker.TARGET, new Location("build/site/index.html", 6),
                "<a href=\"elementos/\"> points to build/site/elementos, which does not exist.",
                "Link the folder's index.html (file:// does not open folders)."));
    }
}
