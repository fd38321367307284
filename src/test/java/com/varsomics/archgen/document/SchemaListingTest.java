package com.varsomics.archgen.document;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chapter 5 marks expired samples instead of deleting them, because their analyses must stay findable for 5 years (R15):
 * the schema it lists must refuse, not cascade, the deletion of a sample, a file or an analysis that still has children.
 */
class SchemaListingTest {

    private static final List<String> PARENTS_OF_RESULTS = List.of("app.samples", "app.files", "app.analyses");

    @Test
    void dataChapter_RestrictsTheDeletionOfSamplesFilesAndAnalyses_AndCascadesNothing() throws IOException {
        SqlForeignKeys schema = SqlForeignKeys.in(Files.readString(Path.of("docs/capitulos/05-dados.adoc")));

        assertThat(schema.keys()).extracting(key -> key.table() + "." + key.column() + " -> " + key.referencedTable())
                .contains("app.files.sample_id -> app.samples", "app.analyses.sample_id -> app.samples",
                        "app.analysis_proteins.analysis_id -> app.analyses", "app.analysis_proteins.file_id -> app.files");
        assertThat(schema.notRestrictingDeletesOf(PARENTS_OF_RESULTS)).isEmpty();
        assertThat(schema.keys()).noneMatch(key -> key.onDelete().equals("CASCADE"));
    }

    @Test
    void aCascadeFromSamples_IsReported() throws IOException {
        SqlForeignKeys schema = SqlForeignKeys.in(Files.readString(Path.of("src/test/resources/documents/schema/cascata.adoc")));

        assertThat(schema.notRestrictingDeletesOf(PARENTS_OF_RESULTS)).containsExactly(
                new SqlForeignKeys.ForeignKey("app.analyses", "sample_id", "app.samples", "CASCADE"),
                new SqlForeignKeys.ForeignKey("app.analyses", "reviewed_by", "app.files", "NO ACTION"));
    }
}
