package com.varsomics.archgen.document;

import com.varsomics.archgen.model.AdrConventions;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fixture under markdown/supported holds one Markdown construct and, beside it, the AsciiDoc it must become;
 * each fixture under markdown/unsupported holds one construct the converter must refuse, naming file and line.
 * The escaping fixtures are also rendered by Asciidoctor, because only the rendered text proves no character was
 * turned into markup.
 */
class MarkdownToAsciiDocTest {

    private static final Path FIXTURES = Path.of("src/test/resources/markdown");

    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void boot() {
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void close() {
        asciidoctor.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"headings", "paragraphs", "bullet-list", "ordered-list", "list-item-blocks", "emphasis",
            "code-span", "code-blocks", "links", "table", "escaping", "line-starts", "document-macros"})
    void convert_ProducesTheExpectedAsciiDoc(String fixture) throws IOException {
        MarkdownToAsciiDoc converter = converter("supported/" + fixture + ".md");

        String asciidoc = converter.blocks(blocks(read("supported/" + fixture + ".md")));

        assertThat(converter.problems()).isEmpty();
        assertThat(asciidoc + "\n").isEqualTo(read("supported/" + fixture + ".adoc"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"escaping", "line-starts"})
    void convert_KeepsEveryCharacterVisible_WhenAsciidoctorRendersIt(String fixture) throws IOException {
        String markdown = read("supported/" + fixture + ".md");
        String asciidoc = converter("supported/" + fixture + ".md").blocks(blocks(markdown));

        String html = asciidoctor.convert(asciidoc, Options.builder().safe(SafeMode.SAFE).build());

        List<String> rendered = Jsoup.parse(html).select("p").eachText();
        List<String> expected = blocks(markdown).stream().map(AdrConventions::plainText).toList();
        assertThat(rendered).isEqualTo(expected);
    }

    @Test
    void convert_GivesAsciidoctorTheSameStructures_AsTheMarkdown() throws IOException {
        Document page = render("table", "ordered-list", "list-item-blocks", "code-span", "links", "code-blocks");

        assertThat(page.select("table tbody tr")).hasSize(2);
        assertThat(page.select("table thead th").eachText()).containsExactly("Alternativa", "Custo", "Nota");
        assertThat(page.select("table tbody tr").first().select("td").eachText()).containsExactly("EKS", "US$ 73", "a|b e elemento:api[]");
        assertThat(page.select("ol").first().attr("start")).isEqualTo("3");
        assertThat(page.select("div.olist + div.ulist")).hasSize(1);
        assertThat(page.select("div.ulist li").get(2).select("p").eachText()).containsExactly("item com dois parágrafos", "continuação do item");
        assertThat(page.select("code").eachText()).contains("kubectl apply -k deploy/k8s/overlays/staging", "a]b|c+d");
        assertThat(page.select("a[href=https://docs.aws.amazon.com/x_y/page.html]").text()).isEqualTo("a documentação");
        assertThat(page.select("a[href=#ref-sfn-quotas]")).hasSize(2);
        assertThat(page.select("a[href=#adr-0002]").text()).isEqualTo("o ADR 2");
        assertThat(page.select("pre").eachText()).contains("{\"a\": 1}\n----\ninclude::segredo.txt[]", "indentado\nbloco");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            block-quote               | 3 | a block quote ('> ') is not converted
            image                     | 3 | images are not converted
            html-block                | 3 | raw HTML cannot be carried into the document's HTML and PDF
            html-inline               | 1 | inline HTML (<br>) cannot be carried
            thematic-break            | 3 | a thematic break ('---') is not converted
            skipped-level             | 3 | the heading jumps from level 2 to level 4
            deep-heading              | 7 | a level-5 heading is deeper than AsciiDoc sections go
            level-one-heading         | 3 | a level-1 heading ('# ') in the body
            link-title                | 1 | the link to 'https://exemplo.com' has a title ("título")
            relative-link             | 1 | the link to '../capitulos/08.adoc' points at nothing the document contains
            extra-table-cell          | 3 | a table row has 3 cells but the header has 2
            code-ends-with-backslash  | 1 | a code span ends with a backslash
            """)
    void convert_ReportsAnUnsupportedConstruct_WithFileLineAndRemedy(String fixture, int line, String message) throws IOException {
        Path source = Path.of("docs/adrs/" + fixture + ".md");
        MarkdownToAsciiDoc converter = new MarkdownToAsciiDoc(source, read("unsupported/" + fixture + ".md"), "adr-0001");

        converter.blocks(blocks(read("unsupported/" + fixture + ".md")));

        assertThat(converter.problems()).singleElement().asString()
                .startsWith(source + ":" + line + ": " + message)
                .endsWith(".");
    }

    /** The fixtures' expected AsciiDoc, one after the other, converted to HTML (xrefs to absent anchors are fine here). */
    private static Document render(String... fixtures) throws IOException {
        StringBuilder asciidoc = new StringBuilder();
        for (String fixture : fixtures) {
            asciidoc.append(read("supported/" + fixture + ".adoc")).append("\n");
        }
        return Jsoup.parse(asciidoctor.convert(asciidoc.toString(), Options.builder().safe(SafeMode.SAFE).build()));
    }

    private static MarkdownToAsciiDoc converter(String fixture) throws IOException {
        return new MarkdownToAsciiDoc(Path.of(fixture), read(fixture), "adr-0001");
    }

    private static List<Node> blocks(String markdown) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = AdrConventions.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(node);
        }
        return blocks;
    }

    private static String read(String fixture) throws IOException {
        return Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
    }
}
