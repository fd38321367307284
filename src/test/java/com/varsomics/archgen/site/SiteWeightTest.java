package com.varsomics.archgen.site;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The weight budget over the fixture {@code site/peso}: 4.3 KiB of pages and diagrams, and an 8 KiB PDF that does not count. */
class SiteWeightTest {

    private static final Path SITE = fixture();

    @Test
    void aSiteOverTheBudget_FailsNamingItsWeightAndItsBiggestFiles_PdfsLeftOut() {
        assertThat(new SiteWeight(4096).check(SITE, Path.of("build/site"))).hasValueSatisfying(finding -> {
            assertThat(finding.key()).isEqualTo("site.weight.budget");
            assertThat(finding.location()).hasToString("build/site");
            assertThat(finding.message()).isEqualTo("4.3 KiB without PDFs, over the budget of 4.0 KiB. Biggest files:"
                    + " build/site/diagramas/visao.png (3.0 KiB), build/site/diagramas/visao.svg (1.2 KiB), build/site/index.html (0.1 KiB).");
        });
        assertThat(SiteWeight.bytesWithoutPdfs(SITE)).isEqualTo(3072 + 1247 + 75);
    }

    @Test
    void aSiteWithinTheBudget_Passes() {
        assertThat(new SiteWeight(8192).check(SITE, Path.of("build/site"))).isEmpty();
        assertThat(SiteWeight.BUDGET_BYTES).isEqualTo(8L * 1024 * 1024);
    }

    private static Path fixture() {
        try {
            return Path.of(SiteWeightTest.class.getResource("/site/peso").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
