package com.varsomics.archgen.document;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's PDF converter ({@code document/pdf-converter.rb}) probes headings for {@code heading-min-height-after:
 * auto} with less scratch work than asciidoctor-pdf's own rule; the pages must not change. The oracle is asciidoctor-pdf
 * itself: the same converter with our {@code arrange_heading} removed (so the stock one runs) must give the same bytes,
 * on a fixture whose headings the probe does move (it differs from a rendering without any probe). The tests share
 * one JRuby and each removes what it checks from it afterwards, so each compares with the other's part either present
 * or removed: the comparison holds either way.
 */
class PdfConverterTest {

    private static Asciidoctor asciidoctor;

    @TempDir
    static Path work;

    @BeforeAll
    static void loadConverter() throws IOException {
        asciidoctor = Asciidoctor.Factory.create();
        try (InputStream converter = PdfConverterTest.class.getResourceAsStream("/document/pdf-converter.rb")) {
            asciidoctor.rubyExtensionRegistry().requireLibrary("asciidoctor-pdf").loadClass(converter);
        }
    }

    @AfterAll
    static void close() {
        asciidoctor.close();
    }

    @Test
    void headingProbe_GivesTheSamePagesAsAsciidoctorPdfsOwnRule() throws IOException {
        Path source = Files.writeString(work.resolve("headings.adoc"), fixture(), StandardCharsets.UTF_8);
        byte[] ours = print(source, "theme-auto.yml", "ours.pdf");
        byte[] withoutProbe = print(source, "theme-none.yml", "none.pdf");

        asciidoctor.rubyExtensionRegistry().loadClass(new ByteArrayInputStream(
                "ArchgenPdfConverter.send :remove_method, :arrange_heading".getBytes(StandardCharsets.UTF_8)));
        byte[] stock = print(source, "theme-auto.yml", "stock.pdf");

        assertThat(sha256(withoutProbe)).as("the fixture has headings that the probe moves").isNotEqualTo(sha256(stock));
        assertThat(sha256(ours)).as("pages set with our probe, byte for byte those of asciidoctor-pdf's own (%s and %s in %s)",
                "ours.pdf", "stock.pdf", work).isEqualTo(sha256(stock));
    }

    /**
     * The converter sets a Latin-1 text in its own font at once, remembers which font sets any other character, the
     * parsed inline markup of a text and the line pitch of a font. The oracle: the same converter working each answer
     * out every time, character by character (those parts removed, the line pitch as asciidoctor-pdf measures it),
     * must give the same bytes, on the fixture plus formatted table cells,
     * symbols only the fallback font has, an icon and a lone anchor. A character no font has is still reported when the probe met it first.
     */
    @Test
    void rememberedAnswers_GiveTheSameBytesAsWorkingThemOutEachTime() throws IOException {
        String symbols = "O upload → S3 exige *TLS ≥ 1.2* e `s3:PutObject` ✓; veja https://docs.aws.amazon.com/s3/[S3]. ";
        StringBuilder table = new StringBuilder("== Símbolos\n\n|===\n|Ação |Efeito\n\n");
        for (int row = 0; row < 40; row++) {
            table.append("|`batch:SubmitJob` → *fila ").append(row).append("* |").append(symbols.repeat(1 + row % 3)).append('\n');
        }
        table.append("|===\n\n=== Sem glifo\n\nO caractere \uE000 não existe em fonte alguma.\n");
        // an icon font (no Latin-1 glyph at all) and an anchor alone in a style nothing else uses (its placeholder is a
        // NUL, which asciidoctor-pdf looks up in no font), first: a font loaded early renames every font loaded after it
        String opening = "Um ícone icon:heart[] e uma âncora solta em negrito e itálico: *_[[ancora-solta]]_* aqui.\n\n";
        Path source = Files.writeString(work.resolve("remembered.adoc"), fixture().replace(":sectnums:\n", ":sectnums:\n:icons: font\n")
                .replaceFirst("== Capítulo 1\n", opening + "== Capítulo 1\n").replace("S3 e grava", "S3 → grava") + table,
                StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        LogHandler collect = record -> warnings.add(record.getMessage());
        asciidoctor.registerLogHandler(collect);
        byte[] remembered;
        try {
            remembered = print(source, "theme-fallbacks.yml", "remembered.pdf");
        } finally {
            asciidoctor.unregisterLogHandler(collect);
        }
        assertThat(warnings).as("a character no font has is reported although the heading probe met it first")
                .anyMatch(message -> message.startsWith("Could not locate the character `\uE000'"));

        asciidoctor.rubyExtensionRegistry().loadClass(new ByteArrayInputStream(("""
                ArchgenGlyphFonts.send :remove_method, :analyze_glyphs_for_fallback_font_support
                ArchgenGlyphFonts.send :remove_method, :find_font_for_this_glyph
                ArchgenMarkupTrees.send :remove_method, :parse
                class ArchgenPdfConverter
                  def line_pitch
                    one = height_of_typeset_text 'x'
                    [one, (height_of_typeset_text %(x\\nx)) - one]
                  end
                end
                """).getBytes(StandardCharsets.UTF_8)));
        byte[] workedOut = print(source, "theme-fallbacks.yml", "worked-out.pdf");

        assertThat(sha256(remembered)).as("remembered answers give the bytes of answers worked out each time (%s and %s in %s)",
                "remembered.pdf", "worked-out.pdf", work).isEqualTo(sha256(workedOut));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] print(Path source, String theme, String name) throws IOException {
        Path pdf = work.resolve(name);
        asciidoctor.convertFile(source.toFile(), Options.builder()
                .backend("pdf")
                .safe(SafeMode.UNSAFE)
                .toFile(pdf.toFile())
                .attributes(Attributes.builder()
                        .attribute("pdf-theme", Path.of("src/test/resources/documents/pdf-converter", theme).toAbsolutePath().toString())
                        .attribute("reproducible", "")
                        .build())
                .build());
        return Files.readAllBytes(pdf);
    }

    /**
     * Sections of every length, each opening with a different kind of block (paragraphs of one to six lines, a list, a
     * table, a listing, a subsection right under its heading, a collapsible block whose caption the probe must not count), so that across the small pages headings land at every
     * height, some with room only for themselves.
     */
    private static String fixture() {
        StringBuilder text = new StringBuilder("= Títulos e o que vem depois\n:doctype: book\n:sectnums:\n\n");
        String sentence = "A análise de cada proteína roda como um job do AWS Batch e grava o resultado no S3. ";
        for (int chapter = 1; chapter <= 3; chapter++) {
            text.append("== Capítulo ").append(chapter).append("\n\n").append(sentence.repeat(2)).append("\n\n");
            for (int section = 1; section <= 24; section++) {
                int kind = (chapter * 7 + section) % 7;
                text.append("=== Seção ").append(chapter).append('.').append(section).append("\n\n");
                switch (kind) {
                    case 0 -> text.append("* ").append(sentence).append("\n* ").append(sentence.repeat(2)).append("\n\n");
                    case 1 -> text.append("|===\n|Serviço |Papel\n\n|S3 |").append(sentence).append("\n|Batch |")
                            .append(sentence).append("\n|===\n\n");
                    case 2 -> text.append("----\naws s3 ls\naws batch list-jobs --job-queue analise\n----\n\n");
                    case 3 -> text.append("==== Subseção\n\n").append(sentence.repeat(1 + section % 3)).append("\n\n");
                    case 4 -> text.append(".Detalhes\n[%collapsible]\n====\n").append(sentence.repeat(2 + section % 4)).append("\n====\n\n");
                    default -> { }
                }
                for (int paragraph = 0; paragraph < 1 + section % 3; paragraph++) {
                    text.append(sentence.repeat(1 + (section + paragraph) % 6)).append("\n\n");
                }
            }
        }
        return text.toString();
    }
}
