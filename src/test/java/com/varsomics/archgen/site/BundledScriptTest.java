package com.varsomics.archgen.site;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundledScriptTest {

    @Test
    void everyBundledScript_HasThePinnedBytes_AndItsLicence() {
        for (BundledScript script : BundledScript.ALL) {
            assertThat(BundledScript.sha256(script.bytes())).as(script.name()).isEqualTo(script.sha256());
            assertThat(new String(script.bytes(), StandardCharsets.UTF_8)).as(script.name()).contains(script.version());
            assertThat(new String(script.licenseBytes(), StandardCharsets.UTF_8)).as(script.name()).containsIgnoringCase("copyright");
        }
    }

    @Test
    void aScriptWhoseBytesDifferFromThePin_FailsTheBuild() {
        BundledScript tampered = new BundledScript("Lunr", "2.3.9", BundledScript.LUNR.resource(), "assets/x.js",
                "0".repeat(64), "test", BundledScript.LUNR.license());

        assertThatThrownBy(tampered::bytes)
                .isInstanceOf(BuildException.class)
                .hasMessage(BundledScript.LUNR.resource() + ": Lunr 2.3.9 has SHA-256 " + BundledScript.LUNR.sha256() + ", but the site pins "
                        + "0".repeat(64) + ". If the upgrade is intended, review the file and update BundledScript.");
    }

    @Test
    void theSearchIndexScript_CannotCloseAScriptElement() {
        SearchIndex index = new SearchIndex();
        index.add("x", "Elemento", "</script><script>alert(1)", "texto", "resumo", "elementos/x.html");

        assertThat(index.toScript()).startsWith("window.ARCHGEN_BUSCA = {\"documentos\":[{").doesNotContain("<");
    }
}
