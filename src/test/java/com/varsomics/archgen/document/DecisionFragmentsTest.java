package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.model.ArchitectureModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chapter 12 comes from the workspace's parsed decisions: the fixture workspace's two ADRs, then the real ones. */
class DecisionFragmentsTest {

    private static final Requirements REQUIREMENTS =
            Requirements.load(Path.of("src/test/resources/documents/requisitos.tsv"), Path.of("requisitos.tsv"));

    @Test
    void asciidoc_WritesAnIndexAndOneSectionPerDecision_InNumberOrder() {
        String asciidoc = new DecisionFragments(Fixtures.load("decisions.dsl"), REQUIREMENTS).asciidoc();

        assertThat(asciidoc).contains("""
                |<<adr-0001,1>>
                |<<adr-0001,API no EKS>>
                |Aceita
                |2026-11-28
                """, """
                |<<adr-0002,2>>
                |<<adr-0002,API em EC2>>
                |Substituída
                |2026-10-01
                """);
        assertThat(asciidoc).containsSubsequence(
                "[[adr-0001]]\n=== ADR 1 — API no EKS\n\n*Status:* Aceita · *Data:* 2026-11-28 · *Registro:* ``pass:c[decisions/0001-api-no-eks.md]``",
                "[[adr-0001-contexto]]\n==== Contexto\n\nA elemento:api[] precisa de Kubernetes (requisito:R01[]).",
                "|ECS\n|Não é Kubernetes",
                "==== Decisão\n\nUsar EKS; a decisão anterior está em <<adr-0002,ADR 2>>.",
                "==== Consequências\n\n* Custo do plano de controle.\n* Upgrades a cada ``pass:c[14]`` meses.",
                "[[adr-0002]]\n=== ADR 2 — API em EC2");
    }

    @Test
    void asciidoc_KeepsAStatusSectionThatSaysMoreThanTheStatus() {
        String asciidoc = new DecisionFragments(Fixtures.load("decisions.dsl"), REQUIREMENTS).asciidoc();

        assertThat(asciidoc).contains("[[adr-0002-status]]\n==== Status\n\nSuperseded by <<adr-0001,1. API no EKS>>");
        assertThat(asciidoc).doesNotContain("Date: ").doesNotContain("\nAccepted\n");
    }

    @Test
    void asciidoc_FailsNamingTheAdrFileAndLine_WhenItCitesAnUnknownElement() {
        DecisionFragments fragments = new DecisionFragments(Fixtures.load("decisions-unknown-element.dsl"), REQUIREMENTS);

        assertThatThrownBy(fragments::asciidoc)
                .isInstanceOf(BuildException.class)
                .hasMessage("The ADRs cannot be converted to AsciiDoc (1 problem(s)):\n  "
                        + "decisions-unknown-element/0001-elemento-inexistente.md:11: elemento:nada[] names no element of workspace.dsl."
                        + " Use a DSL identifier (e.g. elemento:api[]).");
    }

    @Test
    void asciidoc_SaysSo_WhenTheWorkspaceHasNoDecisions() {
        assertThat(new DecisionFragments(Fixtures.load("valid.dsl"), REQUIREMENTS).asciidoc())
                .startsWith("Nenhuma decisão registrada");
    }

    @Test
    void realWorkspace_HasAtLeastEightDecisions_AllConverted() {
        ArchitectureModel model = Fixtures.realWorkspace();
        DecisionFragments fragments = new DecisionFragments(model,
                Requirements.load(Path.of("docs/requisitos.tsv"), Path.of("docs/requisitos.tsv")));

        String asciidoc = fragments.asciidoc();

        assertThat(fragments.decisions()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(fragments.decisions()).allSatisfy(decision -> {
            assertThat(asciidoc).contains("[[" + DecisionFragments.anchor(decision.getId()) + "]]\n=== ADR " + decision.getId() + " — ");
            assertThat(model.decisionFile(decision).toString()).startsWith("docs/adrs/").endsWith(".md");
        });
    }
}
