package com.varsomics.archgen;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The closing summary on a small build folder written here: its numbers are the ones the test put in. */
class BuildSummaryTest {

    @TempDir
    Path project;

    @Test
    void lines_NameEachDeliverableWithSizeAndPagesOrSlides_Aligned() throws IOException {
        Path build = project.resolve("build");
        pdf(build.resolve("pdf/arquitetura.pdf"), 3);
        pdf(build.resolve("pdf/referencia.pdf"), 5);
        write(build.resolve("site/slides/index.html"), "<div class=reveal><div class=slides>"
                + "<section>1</section><section>2<section>nested</section></section></div></div>");
        write(build.resolve("site/index.html"), "x".repeat(2048));
        write(build.resolve("diagrams/containers.svg"), "<svg/>");
        write(build.resolve("diagrams/containers.png"), "png");
        write(build.resolve("cdk.out/Proteomics-Data.template.json"), "{}");
        write(build.resolve("cdk.out/manifest.json"), "{}");

        assertThat(BuildSummary.lines(project, build)).containsExactly(
                "build/pdf/arquitetura.pdf     " + size(build.resolve("pdf/arquitetura.pdf")) + ", 3 pages (volume 1)",
                "build/pdf/referencia.pdf      " + size(build.resolve("pdf/referencia.pdf")) + ", 5 pages (volume 2)",
                "build/site/slides/index.html  2 slides",
                "build/site/index.html         2 HTML pages in build/site, 3 KiB in all",
                "build/diagrams/               1 views as SVG, PNG and PlantUML",
                "build/cdk.out/                1 CloudFormation templates");
    }

    @Test
    void lines_AreEmpty_WhenNothingWasBuilt() {
        assertThat(BuildSummary.lines(project, project.resolve("build"))).isEmpty();
    }

    private static String size(Path file) throws IOException {
        return (Files.size(file) + 1023) / 1024 + " KiB";
    }

    private static void pdf(Path file, int pages) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(file.toFile());
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
