package com.varsomics.archgen.facts;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.provisioning.CloudAssemblyReader;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** facts/controles.tsv against cdk-out/minimal and the facts/k8s overlays (api-config exists only in prod). */
class ControlsTest {

    private final Path fixture = resource("/facts");
    private final Controls controls = Controls.load(fixture.resolve("controles.tsv"), Path.of("controles.tsv"));

    @Test
    void anImplementedRow_NamingAConstructOrObjectTheBuildDoesNotHave_AndAMalformedRow_FailWithTheirLine() {
        List<Finding> findings = controls.findings(new CloudAssemblyReader(resource("/cdk-out/minimal")).constructPaths(),
                ManifestFacts.objectsInEveryOverlay(fixture.resolve("k8s"), List.of("prod", "staging")));

        assertThat(findings).containsExactly(
                new Finding("controls.row.format", new Location("controles.tsv", 6),
                        "a control needs five TAB-separated columns (id, controle, categoria, situação implementado|planejado, implementação ou plano), all filled.",
                        "Fix the row."),
                new Finding("controls.evidence.missing", new Location("controles.tsv", 3),
                        "control C02 is 'implementado' by 'Data/StatusQueue', which is not a construct of build/cdk.out/tree.json.",
                        "Name what implements it, or mark it 'planejado' with what would."),
                new Finding("controls.evidence.missing", new Location("controles.tsv", 4),
                        "control C03 is 'implementado' by 'k8s:ConfigMap/api-config', which not every overlay in build/k8s renders.",
                        "Name what implements it, or mark it 'planejado' with what would."));
    }

    @Test
    void theTable_HasTheAnchor_EveryRow_AndTheCounts() {
        String table = ControlsFragment.table(controls);

        assertThat(table).contains("[#controles,", "| C01\n| Bucket de entrada", "`Data/InputBucket`, `Data/Settings`",
                "| planejado\n| AWS Signer e política de admissão");
        assertThat(controls.implementedCount()).isEqualTo(3);
        assertThat(controls.plannedCount()).isEqualTo(1);
        assertThat(ControlsFragment.planned(controls)).isEqualTo("* Assinatura de imagens\n");
    }

    private static Path resource(String name) {
        try {
            return Path.of(ControlsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
