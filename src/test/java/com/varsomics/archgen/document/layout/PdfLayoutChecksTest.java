package com.varsomics.archgen.document.layout;

import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static com.varsomics.archgen.document.layout.FixturePdf.BOTTOM;
import static com.varsomics.archgen.document.layout.FixturePdf.CODE;
import static com.varsomics.archgen.document.layout.FixturePdf.BODY;
import static com.varsomics.archgen.document.layout.FixturePdf.LEFT;
import static com.varsomics.archgen.document.layout.FixturePdf.PARAGRAPH_GAP;
import static com.varsomics.archgen.document.layout.FixturePdf.PITCH;
import static com.varsomics.archgen.document.layout.FixturePdf.RIGHT;
import static com.varsomics.archgen.document.layout.FixturePdf.TOP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each layout rule on a PDF written by {@link FixturePdf} that breaks exactly it, asserting the exact finding, and on
 * one that passes. The theme is the document's ({@code docs/tema/arquitetura-theme.yml}: 1.8 cm margins, 1.5 cm on
 * landscape pages, 10 pt body text).
 */
class PdfLayoutChecksTest {

    private static final PdfLayoutChecks CHECKS = new PdfLayoutChecks(Path.of("docs/tema/arquitetura-theme.yml"));
    private static final String FULL = "Os nós de aplicação são instâncias escolhidas pelo Karpenter conforme os pods pendentes da fila";
    private static final String HEADING_REMEDY = "Keep the heading with its first block: raise heading.min-height-after in the theme, "
            + "or shorten what comes before it.";

    @TempDir
    Path dir;

    @Test
    void headingAlone_APageHoldingOnlyAHeading_Fails() {
        Path pdf = new FixturePdf().page().heading(TOP + 20, "2.1. Sozinho")
                .page().justified(TOP + 12, FULL).last(TOP + 12 + PITCH, "fim.")
                .save(dir.resolve("sozinho.pdf"));

        assertThat(findings(pdf)).containsExactly(expected("sozinho.pdf: page 1: the page holds only the heading \"2.1. Sozinho\". "
                + "Remove what forces the page break before it (a <<< or a block too tall for the rest of the page), or keep the heading "
                + "with its first block ([%unbreakable], a smaller figure or table).", "document.layout.heading-alone"));
    }

    @Test
    void headingAlone_AHeadingEndingAPage_Fails() {
        Path pdf = new FixturePdf().page().justified(TOP + 12, FULL).last(TOP + 12 + PITCH, "fim.")
                .heading(BOTTOM - 4, "2.2. No fim da página")
                .page().justified(TOP + 12, FULL).last(TOP + 12 + PITCH, "fim.")
                .save(dir.resolve("no-fim.pdf"));

        assertThat(findings(pdf)).containsExactly(expected("no-fim.pdf: page 1: the heading \"2.2. No fim da página\" ends the page; "
                + "its text starts on page 2. " + HEADING_REMEDY, "document.layout.heading-alone"));
    }

    @Test
    void headingAlone_AHeadingWithItsText_Passes() {
        Path pdf = new FixturePdf().page().heading(TOP + 20, "2.1. Com texto").justified(TOP + 44, FULL).last(TOP + 44 + PITCH, "fim.")
                .save(dir.resolve("com-texto.pdf"));

        assertThat(findings(pdf)).isEmpty();
    }

    @Test
    void orphan_AParagraphsFirstLineAloneAtTheBottom_Fails() {
        double paragraph = BOTTOM - 3 - PITCH - PARAGRAPH_GAP;
        Path pdf = new FixturePdf().page()
                .justified(paragraph - PITCH, FULL).last(paragraph, "fim do primeiro.")
                .justified(BOTTOM - 3, "Segundo parágrafo que começa no pé da página e continua na página seguinte, sem par")
                .page().justified(TOP + 12, FULL).last(TOP + 12 + PITCH, "fim do segundo.")
                .save(dir.resolve("orfa.pdf"));

        assertThat(findings(pdf)).containsExactly(expected("orfa.pdf: page 1: the first line of a paragraph, \"Segundo parágrafo que começa no "
                + "pé da página e continua na página seguinte, sem par\", is alone at the bottom of the page; the paragraph continues on page 2. "
                + "Move the paragraph whole to the next page: shorten or reword the text before it, or mark the paragraph [%unbreakable].",
                "document.layout.orphan"));
    }

    @Test
    void widow_AParagraphsLastLineAloneAtTheTop_Fails() {
        Path pdf = new FixturePdf().page()
                .justified(BOTTOM - 3 - PITCH, FULL).justified(BOTTOM - 3, FULL)
                .page().last(TOP + 12, "termina aqui, sozinha.")
                .justified(TOP + 12 + PITCH + PARAGRAPH_GAP, FULL).last(TOP + 12 + 2 * PITCH + PARAGRAPH_GAP, "fim.")
                .save(dir.resolve("viuva.pdf"));

        assertThat(findings(pdf)).containsExactly(expected("viuva.pdf: page 2: the last line of a paragraph from page 1, \"termina aqui, sozinha.\", "
                + "is alone at the top of the page. Shorten the paragraph by a line, or lengthen it so two lines carry over, or mark it "
                + "[%unbreakable].", "document.layout.widow"));
    }

    @Test
    void widowAndOrphan_AParagraphSplitTwoAndTwo_Passes() {
        Path pdf = new FixturePdf().page()
                .justified(BOTTOM - 3 - PITCH, FULL).justified(BOTTOM - 3, FULL)
                .page().justified(TOP + 12, FULL).last(TOP + 12 + PITCH, "fim.")
                .save(dir.resolve("dois-e-dois.pdf"));

        assertThat(findings(pdf)).isEmpty();
    }

    @Test
    void identifierBreak_AnIdentifierBrokenMidWordInATableCell_Fails() {
        Path pdf = cell("SecretsManagerRotatio", "nEnabled").save(dir.resolve("identificador.pdf"));

        assertThat(findings(pdf)).containsExactly(expected("identificador.pdf: page 1: the identifier \"SecretsManagerRotationEnabled\" breaks "
                + "mid-word in a table cell (\"SecretsManagerRotatio\" / \"nEnabled\"). Let it break at / - . _ : or a camel-case hump (the "
                + "document stage inserts such break points in table cells; write the identifier as code or plain text, not inside a macro "
                + "or link), or widen its column.", "document.layout.identifier-break"));
    }

    @Test
    void identifierBreak_BreaksAtAHumpASlashOrASpace_Pass() {
        FixturePdf fixture = cell("SecretsManagerRotation", "Enabled");
        double cellRight = 300 + 3 + FixturePdf.width(CODE, 8.5, "Delivery/Pipeline/") + 1;
        fixture.rule(297, 200, 240).rule(cellRight, 200, 240)
                .text(CODE, 8.5, 300, 215, "Delivery/Pipeline/").text(CODE, 8.5, 300, 230, "Approval");
        // a code span, then prose wrapped at the space after it
        double proseRight = 400 + 3 + FixturePdf.width(CODE, 8.5, "external-secrets") + 1;
        fixture.rule(397, 200, 240).rule(proseRight, 200, 240)
                .text(CODE, 8.5, 400, 215, "external-secrets").text(BODY, 8.5, 400, 230, "do cluster");

        assertThat(findings(fixture.save(dir.resolve("quebras-boas.pdf")))).isEmpty();
    }

    @Test
    void overflow_TextAndAnImagePastTheMargins_Fail() {
        String command = "aws s3 ls s3://proteomics-prod-input-777788889999/";
        Path pdf = new FixturePdf().page().text(CODE, 8, 400, 200, command).image(20, 300, 100, 50)
                .save(dir.resolve("transborda.pdf"));

        assertThat(findings(pdf)).containsExactly(
                expected(String.format(Locale.ROOT, "transborda.pdf: page 1: the text \"%s\" runs %.0f pt past the right margin. Let it "
                                + "wrap: narrow the table's columns or the listing's lines, or put the block on a landscape page.",
                        command, 400 + FixturePdf.width(CODE, 8, command) - RIGHT), "document.layout.overflow"),
                expected("transborda.pdf: page 1: an image runs 31 pt past the left margin. Give the image a width in % of the text "
                        + "area (e.g. pdfwidth=100%) or put it on a landscape page.", "document.layout.overflow"));
    }

    @Test
    void overflow_ALandscapePageUsesItsOwnMargins_Passes() {
        // 1.5 cm (42.5 pt) on the left of a landscape page: inside its text area, though left of a portrait page's
        Path pdf = new FixturePdf().landscapePage().text(BODY, 10, 45, 100, "Tabela de riscos em página paisagem")
                .image(45, 120, 700, 300).save(dir.resolve("paisagem.pdf"));

        assertThat(findings(pdf)).isEmpty();
        assertThat(LEFT).isGreaterThan(45);
    }

    /** A table cell whose first line is {@code first}, filling the cell, and whose second line is {@code second}. */
    private static FixturePdf cell(String first, String second) {
        double left = 54;
        double right = left + FixturePdf.width(CODE, 8.5, first) + 3 + 1;
        return new FixturePdf().page().rule(LEFT, 100, 140).rule(right, 100, 140)
                .text(CODE, 8.5, left, 115, first).text(CODE, 8.5, left, 130, second);
    }

    /** A finding as the build prints it: where and what, what to do, then its key. */
    private static String expected(String message, String key) {
        return message + " [" + key + "]";
    }

    private static List<String> findings(Path pdf) {
        return CHECKS.check(pdf, pdf.getFileName().toString()).stream().map(Finding::toString).toList();
    }
}
