package com.varsomics.archgen.site;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyFiguresTest {

    @Test
    void figures_ComeFromTheWorkspaceProperties_AndTheCostWaitsForTheDocument() {
        KeyFigures figures = KeyFigures.from(Fixtures.load("site.dsl"));

        assertThat(figures).isEqualTo(new KeyFigures("99,9%", 365, 1827, Optional.empty()));
        assertThat(figures.unsupported(Fixtures.load("site.dsl"))).isEmpty();
    }

    @Test
    void retentions_ReadInWholeYears_AsTheCaseStatesThem() {
        assertThat(KeyFigures.years(365)).isEqualTo("1 ano");
        assertThat(KeyFigures.years(1827)).isEqualTo("5 anos");
    }

    @Test
    void aMissingFigure_FailsNamingThePropertyAndAnExample() {
        assertThatThrownBy(() -> KeyFigures.from(Fixtures.load("valid.dsl")))
                .isInstanceOf(BuildException.class)
                .hasMessage("valid.dsl: workspace property 'proposta.disponibilidade' is missing. The site's landing page shows it;"
                        + " add it to the workspace's properties block, e.g. \"proposta.disponibilidade\" \"99,9%\".");
    }

    @Test
    void aFigureNoElementDescriptionMentions_IsAFinding() {
        KeyFigures promised = new KeyFigures("99,99%", 365, 3650, Optional.empty());

        assertThat(promised.unsupported(Fixtures.load("site.dsl"))).containsExactly(
                new Finding("site.figure.unsupported", Location.of("site.dsl"),
                        "workspace property 'proposta.disponibilidade' says '99,99%', but no element description mentions it.",
                        "Describe it on the element that delivers it, or correct the property."),
                new Finding("site.figure.unsupported", Location.of("site.dsl"),
                        "workspace property 'proposta.retencao.resultados.dias' says '3650 dias', but no element description mentions it.",
                        "Describe it on the element that delivers it, or correct the property."));
    }
}
