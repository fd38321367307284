package com.varsomics.archgen.site;

import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.document.DeliveryVolumes;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.document.DocumentReferences;
import com.varsomics.archgen.document.Requirements;
import com.varsomics.archgen.model.SourceLocation;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seams to the document's and slides' stages: what each gives the site before and after those stages land. */
class DocumentSeamsTest {

    @Test
    void companions_AreAvailableExactlyWhenTheirProducingStageRan() {
        assertThat(Companions.after(Set.of(ArchitectureModel.class)).pending())
                .containsExactly(Companion.DOCUMENT, Companion.PDF, Companion.REFERENCE, Companion.REFERENCE_PDF, Companion.SLIDES);
        Companions afterDocument = Companions.after(Set.of(ArchitectureModel.class, DocumentOutputs.class));
        assertThat(afterDocument.has(Companion.DOCUMENT)).isTrue();
        assertThat(afterDocument.has(Companion.PDF)).isTrue();
        assertThat(afterDocument.has(Companion.REFERENCE)).isTrue();
        assertThat(afterDocument.has(Companion.REFERENCE_PDF)).isTrue();
        assertThat(afterDocument.pending()).containsExactly(Companion.SLIDES);
    }

    /** The site names the volumes' files itself (it may not depend on the document's internals): they must agree. */
    @Test
    void volumeCompanions_AreWhereTheDocumentStageWritesThem() {
        assertThat(Companion.DOCUMENT.sitePath()).isEqualTo(DeliveryVolumes.PROPOSAL.sitePath());
        assertThat(Companion.PDF.copiedFrom()).isEqualTo(DeliveryVolumes.PROPOSAL.pdfPath());
        assertThat(Companion.REFERENCE.sitePath()).isEqualTo(DeliveryVolumes.REFERENCE.sitePath());
        assertThat(Companion.REFERENCE_PDF.copiedFrom()).isEqualTo(DeliveryVolumes.REFERENCE.pdfPath());
    }

    @Test
    void documentAnchors_MatchTheDocumentsConventions() {
        assertThat(Companion.DocumentAnchors.element("inputBucket")).isEqualTo("elemento-inputbucket");
        assertThat(Companion.DocumentAnchors.requirement("R05")).isEqualTo("requisito-r05");
    }

    @Test
    void asciidoctorSections_AreTheSectionsWithAnId_EachWithItsOwnTextOnly() {
        var sections = AsciidoctorSections.parse(Jsoup.parse(SiteFixtures.read(resource("/site/documento.html")))).sections();

        assertThat(sections).containsExactly(
                new DocumentSections.Section("sumario-executivo", "1. Sumário executivo", "A proposta em uma página."),
                new DocumentSections.Section("numeros", "1.1. Números", "Disponibilidade de 99,9%."));
    }

    @Test
    void requirementCatalog_ShowsIdsOnlyUntilTheDocumentProvidesTheTexts() {
        assertThat(RequirementCatalog.idsOnly().find("R01")).isEmpty();
        var catalog = RequirementCatalog.of(List.of(new RequirementCatalog.Requirement("R11", "Entradas por 1 ano", "Os arquivos de entrada…")));
        assertThat(catalog.find("R11")).map(RequirementCatalog.Requirement::title).hasValue("Entradas por 1 ano");
    }

    @Test
    void riskCatalog_FindsTheRisksNamingAnElement_IgnoringCaseLikeTheDsl() {
        var risks = RiskCatalog.of(List.of(
                RiskCatalog.Risk.of("Bucket público", List.of("inputBucket", "resultsBucket"), "aws s3api get-public-access-block"),
                RiskCatalog.Risk.of("Chaves de longa duração", List.of("identityCenter"), "aws iam list-access-keys")));

        assertThat(risks.mitigatedOn("inputbucket")).extracting(RiskCatalog.Risk::titleText).containsExactly("Bucket público");
        assertThat(risks.mitigatedOn("api")).isEmpty();
        assertThat(RiskCatalog.none().mitigatedOn("api")).isEmpty();
    }

    @Test
    void requirementCatalog_OverTheDocumentsRequirements_HasTheirTitlesAndQuotes() {
        var catalog = RequirementCatalog.of(Requirements.load(Path.of("docs/requisitos.tsv"), Path.of("docs/requisitos.tsv")));

        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(catalog.find("R01")).get().satisfies(requirement -> {
            assertThat(requirement.title()).isNotBlank();
            assertThat(requirement.quote()).isNotBlank();
        });
    }

    @Test
    void documentRisks_AreTheRowsOfTheRisksTable_WithTheirCodeAndLinks_AndTheElementsAsDslIdentifiers() {
        RiskCatalog risks = DocumentRisks.read(riskDocument(), Fixtures.load("site.dsl"), "documento.html");

        assertThat(risks.risks()).extracting(RiskCatalog.Risk::number, RiskCatalog.Risk::titleText, RiskCatalog.Risk::elementIdentifiers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "Políticas IAM amplas (*:*)", List.of("api", "database")),
                        org.assertj.core.groups.Tuple.tuple("2", "Bucket público", List.of("bucket")));
        RiskCatalog.Risk first = risks.risks().getFirst();
        assertThat(first.title()).containsExactly(Inline.text("Políticas IAM amplas ("), new Inline(Inline.Kind.CODE, "*:*", ""), Inline.text(")"));
        assertThat(first.mitigation()).contains(new Inline(Inline.Kind.DOCUMENT, "tabela de papéis", "seguranca-identidade"),
                new Inline(Inline.Kind.EMPHASIS, "sem", ""));
        assertThat(first.verification()).containsExactly(Inline.text("cdk-nag "), new Inline(Inline.Kind.CODE, "AwsSolutions-IAM5", ""),
                Inline.text(" "), new Inline(Inline.Kind.DOCUMENT, "[ref-cdk-nag]", "ref-cdk-nag"), Inline.text("; atende "),
                new Inline(Inline.Kind.REQUIREMENT, "R09", "R09"));
        assertThat(Inline.plain(risks.risks().get(1).verification())).isEqualTo("Security Hub S3.1 e S3.8");
        assertThat(risks.mitigatedOn("DATABASE")).hasSize(1);
    }

    @Test
    void documentRisks_MustMatchTheRowsTheDocumentStageCollected() {
        RiskCatalog read = DocumentRisks.read(riskDocument(), Fixtures.load("site.dsl"), "documento.html");
        SourceLocation where = new SourceLocation(Path.of("docs/capitulos/11-riscos.adoc"), 14);
        var collected = List.of(new DocumentReferences.Risk("1", List.of("API", "database"), "cdk-nag", where),
                new DocumentReferences.Risk("2", List.of("bucket"), "Security Hub", where));

        DocumentRisks.verify(read, collected, "documento.html");
        assertThatThrownBy(() -> DocumentRisks.verify(read, List.of(collected.getFirst(),
                new DocumentReferences.Risk("2", List.of("kms"), "Security Hub", where)), "documento.html"))
                .isInstanceOf(BuildException.class)
                .hasMessageContaining("row 2 (docs/capitulos/11-riscos.adoc:14) names [kms] in the source but links [bucket] in the HTML");
        assertThatThrownBy(() -> DocumentRisks.verify(read, collected.subList(0, 1), "documento.html"))
                .hasMessageContaining("the site read 2 risk rows, the document stage collected 1");
    }

    @Test
    void theLandingsCostFigure_MustQuoteChapter9sTotals_Month1ThenMonth60() {
        var model = Fixtures.load("site.dsl");
        DocumentCosts costs = DocumentCosts.read(riskDocument(), "documento.html");

        assertThat(costs).isEqualTo(new DocumentCosts("Proposta (AWS Batch 90% em Spot)", "5.930", "7.720"));
        assertThat(figures("≈ US$ 5.930 a US$ 7.720").disagreeing(costs, model)).isEmpty();
        assertThat(figures("≈ US$ 6.100 a US$ 7.720").disagreeing(costs, model)).singleElement().satisfies(finding -> assertThat(finding.toString())
                .contains("'proposta.custo.mensal' says '≈ US$ 6.100 a US$ 7.720', but chapter 9")
                .contains("gives US$ 5.930 in month 1 and US$ 7.720 in month 60"));
        assertThat(new KeyFigures("99,9%", 365, 1827, Optional.empty()).disagreeing(costs, model)).singleElement()
                .satisfies(finding -> assertThat(finding.toString()).contains("'proposta.custo.mensal' is missing"));
        assertThatThrownBy(() -> DocumentCosts.read(Jsoup.parse(SiteFixtures.read(resource("/site/documento.html"))), "documento.html"))
                .isInstanceOf(BuildException.class).hasMessageContaining("#custos-totais");
    }

    private static KeyFigures figures(String cost) {
        return new KeyFigures("99,9%", 365, 1827, Optional.of(cost));
    }

    private static org.jsoup.nodes.Document riskDocument() {
        return Jsoup.parse(SiteFixtures.read(resource("/site/documento-riscos.html")));
    }

    @Test
    void workspaceDecisions_AreTheAdrsThatAdrsImported_WithTheElementsTheyMention() {
        var decisions = WorkspaceDecisions.of(Fixtures.load("site.dsl"));

        assertThat(decisions.decisions()).extracting(DecisionCatalog.Decision::key, DecisionCatalog.Decision::title,
                        DecisionCatalog.Decision::status, DecisionCatalog.Decision::date, DecisionCatalog.Decision::mentions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("adr-0001", "Usar EKS para a API", "Aceita", "2026-11-20", List.of("api", "database")),
                        org.assertj.core.groups.Tuple.tuple("adr-0002", "Aurora PostgreSQL como banco", "Proposta", "2026-11-21", List.of("database")));
        assertThat(decisions.mentioning("DATABASE")).hasSize(2);
        assertThat(WorkspaceDecisions.of(Fixtures.load("valid.dsl")).decisions()).isEmpty();
    }

    @Test
    void decisionKeys_SortLikeTheAdrs() {
        assertThat(WorkspaceDecisions.key("7")).isEqualTo("adr-0007");
        assertThat(WorkspaceDecisions.key("Use EKS")).isEqualTo("adr-use-eks");
    }

    private static Path resource(String name) {
        try {
            return Path.of(DocumentSeamsTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }
}
