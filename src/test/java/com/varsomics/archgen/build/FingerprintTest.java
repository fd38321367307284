package com.varsomics.archgen.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    @TempDir
    Path project;

    private String digest(FileSet files) {
        return Fingerprint.of(project, files);
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void sameContentsGiveTheSameDigestWhateverTheModificationTime() throws IOException {
        Path chapter = write("docs/capitulos/01.adoc", "= Um");
        String before = digest(FileSet.of(project.resolve("docs")));
        Files.setLastModifiedTime(chapter, FileTime.fromMillis(0));
        assertThat(digest(FileSet.of(project.resolve("docs")))).isEqualTo(before);
    }

    @Test
    void aChangedRenamedAddedOrRemovedFileChangesTheDigest() throws IOException {
        write("docs/capitulos/01.adoc", "= Um");
        FileSet docs = FileSet.of(project.resolve("docs"));
        String original = digest(docs);

        write("docs/capitulos/01.adoc", "= Um!");
        String edited = digest(docs);
        Files.move(project.resolve("docs/capitulos/01.adoc"), project.resolve("docs/capitulos/02.adoc"));
        String renamed = digest(docs);
        write("docs/capitulos/03.adoc", "");
        String added = digest(docs);
        Files.delete(project.resolve("docs/capitulos/03.adoc"));

        assertThat(java.util.List.of(original, edited, renamed, added)).doesNotHaveDuplicates();
        assertThat(digest(docs)).isEqualTo(renamed);
    }

    @Test
    void contentsAreNotConfusedAcrossFileBoundaries() throws IOException {
        write("a/x", "ab");
        write("a/y", "c");
        String first = digest(FileSet.of(project.resolve("a")));
        write("a/x", "a");
        write("a/y", "bc");
        assertThat(digest(FileSet.of(project.resolve("a")))).isNotEqualTo(first);
    }

    @Test
    void anAbsentFileDiffersFromAnEmptyOne() throws IOException {
        FileSet pdf = FileSet.of(project.resolve("build/pdf/slides.pdf"));
        String absent = digest(pdf);
        write("build/pdf/slides.pdf", "");
        assertThat(digest(pdf)).isNotEqualTo(absent);
    }

    @Test
    void excludedPathsAndSubFoldersOfATopLevelSetDoNotCount() throws IOException {
        write("build/diagrams/contexto.svg", "<svg/>");
        write("build/generated/infra/stacks.adoc", "stacks");
        FileSet diagrams = FileSet.topLevelOf(project.resolve("build/diagrams"));
        FileSet fragments = FileSet.except(project.resolve("build/generated"), project.resolve("build/generated/model"));
        String diagramsBefore = digest(diagrams);
        String fragmentsBefore = digest(fragments);

        write("build/diagrams/slides/contexto.svg", "<svg>slide</svg>");
        write("build/generated/model/catalogo.adoc", "catalog");

        assertThat(digest(diagrams)).isEqualTo(diagramsBefore);
        assertThat(digest(fragments)).isEqualTo(fragmentsBefore);
        write("build/generated/infra/stacks.adoc", "stacks!");
        assertThat(digest(fragments)).isNotEqualTo(fragmentsBefore);
    }

    @Test
    void filesWithAnExcludedEndingDoNotCount_OthersStillDo() throws IOException {
        write("build/diagrams/contexto.svg", "<svg/>");
        FileSet drawings = FileSet.topLevelOf(project.resolve("build/diagrams")).withoutSuffix(".png");
        String before = digest(drawings);

        write("build/diagrams/contexto.png", "png");
        assertThat(digest(drawings)).isEqualTo(before);
        assertThat(digest(FileSet.topLevelOf(project.resolve("build/diagrams")))).as("without the exclusion").isNotEqualTo(before);
        write("build/diagrams/contexto.png.svg", "<svg>another</svg>");
        assertThat(digest(drawings)).as("only the ending counts").isNotEqualTo(before);
    }

    @Test
    void theSameTreeElsewhereGivesTheSameDigestRelativeToItsOwnBase(@TempDir Path otherProject) throws IOException {
        write("slides/apresentacao.adoc", "= Deck");
        Files.createDirectories(otherProject.resolve("slides"));
        Files.writeString(otherProject.resolve("slides/apresentacao.adoc"), "= Deck");
        assertThat(Fingerprint.of(otherProject, FileSet.of(otherProject.resolve("slides"))))
                .isEqualTo(digest(FileSet.of(project.resolve("slides"))));
    }

    @Test
    void namedValuesCount() {
        assertThat(new Fingerprint(project).value("chromium", "/usr/bin/chromium").hex())
                .isNotEqualTo(new Fingerprint(project).value("chromium", "").hex());
    }
}
