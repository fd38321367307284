package com.varsomics.archgen.diagrams;

import com.varsomics.archgen.BuildException;
import net.sourceforge.plantuml.FileFormat;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwsIconCatalogTest {

    @Test
    void bundled_MapsTheServicesTheModelUses() {
        AwsIconCatalog catalog = AwsIconCatalog.bundled();

        assertThat(catalog.icon("Amazon S3")).hasValue(new AwsIcon("Storage/SimpleStorageService", "#7AA116"));
        assertThat(catalog.icon("Amazon S3").orElseThrow().spriteName()).isEqualTo("SimpleStorageService");
        assertThat(catalog.icon("Amazon S3").orElseThrow().include()).isEqualTo("<awslib14/Storage/SimpleStorageService>");
        assertThat(catalog.icon("Amazon S4")).isEmpty();
        assertThat(catalog.entries()).hasSizeGreaterThan(50);
    }

    /** A wrong path in aws-icons.tsv would otherwise surface only when a view first uses that service. */
    @Test
    void bundled_EveryIconResolvesInPlantUmlsStandardLibrary() throws Exception {
        AwsIconCatalog catalog = AwsIconCatalog.bundled();
        String includes = catalog.entries().values().stream()
                .map(icon -> "!include " + icon.include()).collect(Collectors.joining("\n"));
        String sprites = catalog.entries().values().stream()
                .map(icon -> "rectangle \"<$" + icon.spriteName() + ">\" as " + icon.spriteName())
                .collect(Collectors.joining("\n"));
        String source = "@startuml\n!pragma layout smetana\n!include <awslib14/AWSCommon>\n" + includes + "\n" + sprites + "\n@enduml\n";

        byte[] svg = DiagramRenderer.draw(new PlantUmlDiagram("all-icons", "all icons", source), FileFormat.SVG);

        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<image").doesNotContain("Cannot open");
    }

    @Test
    void parse_NamesTheLine_WhenALineIsMalformed() {
        String tsv = "# comment\nAmazon S3\tStorage/SimpleStorageService\t#7AA116\nAmazon SQS\tSimpleQueueService\n";

        assertThatThrownBy(() -> AwsIconCatalog.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "icons.tsv"))
                .isInstanceOf(BuildException.class)
                .hasMessage("icons.tsv:3: expected '<aws.service value><TAB><Category>/<Icon><TAB>#RRGGBB', found: Amazon SQS\tSimpleQueueService");
    }

    @Test
    void parse_RejectsAServiceListedTwice() {
        String tsv = "Amazon S3\tStorage/SimpleStorageService\t#7AA116\nAmazon S3\tStorage/Backup\t#7AA116\n";

        assertThatThrownBy(() -> AwsIconCatalog.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "icons.tsv"))
                .isInstanceOf(BuildException.class)
                .hasMessage("icons.tsv:2: 'Amazon S3' is listed twice; keep one line per service.");
    }
}
