package com.varsomics.archgen.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugTest {

    @Test
    void dropsAccents_LowersCase_AndJoinsWordsWithOneHyphen() {
        assertThat(Slug.of("Implantação: Produção")).isEqualTo("implantacao-producao");
        assertThat(Slug.of("  Decisão nº 3 — Aurora (PostgreSQL 16)! ")).isEqualTo("decisao-n-3-aurora-postgresql-16");
        assertThat(Slug.of("---")).isEmpty();
    }
}
