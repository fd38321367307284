package com.varsomics.archgen.infra;

import com.varsomics.archgen.BuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisioningGuideTest {

    private final CloudAssemblyReader minimal = new CloudAssemblyReader(CloudAssemblyReaderTest.minimal());

    @Test
    void stacks_ListsEachStepWithDeployCommandParametersOutputsAndExpandedVerification() {
        String adoc = ProvisioningGuide.stacks(minimal.stacks());

        assertThat(adoc).contains("cdk bootstrap aws://$CONTA/sa-east-1 aws://$CONTA/us-east-1\n");
        assertThat(adoc).contains("""
                === Passo 1: `Data`

                Dados: bucket de entrada.

                Região `sa-east-1`; depende de nenhuma stack; 2 recursos do CloudFormation.

                [source,bash]
                ----
                cdk deploy Data
                ----

                .Saídas de `Data`
                [cols="1,3",options="header"]
                |===
                |Saída |Descrição
                |`InputBucketName` |Bucket de entrada (1 ano).
                |===

                .Verificação de `Data`
                [source,bash]
                ----
                aws s3api get-bucket-lifecycle-configuration --bucket "$(saida sa-east-1 Data InputBucketName)"
                ----
                """);
        assertThat(adoc).contains("""
                === Passo 2: `Edge`

                Borda: CloudFront.

                Região `us-east-1`; depende de `Data`; 1 recursos do CloudFormation.

                [source,bash]
                ----
                cdk deploy Edge \\
                  --parameters OriginVerifyToken="$ORIGIN_VERIFY_TOKEN"
                ----
                """);
    }

    @Test
    void stacks_FailsTheBuild_WhenAVerificationCommandNamesAMissingOutput() {
        SynthesizedStack stack = new SynthesizedStack("Data", "sa-east-1", "Dados.", List.of(), List.of(), List.of(),
                List.of("aws s3 ls {{BucketName}}"), 1);

        assertThatThrownBy(() -> ProvisioningGuide.stacks(List.of(stack)))
                .isInstanceOf(BuildException.class)
                .hasMessage("stack Data: a verification command uses the output 'BucketName', which the template does not have. "
                        + "Add output(\"BucketName\", ...) to the stack or fix verifiedBy(...).");
    }

    @Test
    void suppressions_ListsEachSuppressionOnce_SortedWithItsReason_AndEscapesTableCells() {
        assertThat(ProvisioningGuide.suppressions(minimal.nagFindings())).endsWith("""

                1 exceções às regras do cdk-nag (pacotes AwsSolutions e HIPAA Security), cada uma registrada no código ao lado do recurso, com o motivo:

                [cols="2,3,5",options="header"]
                |===
                |Regra |Recurso |Motivo
                |`AwsSolutions-IAM5` |`Data/Role/Resource` |Curingas, com vírgula e "aspas" \\| barra.
                |===
                """);
    }

    @Test
    void write_GivesByteIdenticalFragments_ForTheSameAssembly(@TempDir Path first, @TempDir Path second) throws IOException {
        ProvisioningGuide.write(minimal.stacks(), minimal.nagFindings(), first);
        ProvisioningGuide.write(minimal.stacks(), minimal.nagFindings(), second);

        for (String file : List.of(ProvisioningGuide.STACKS_FILE, ProvisioningGuide.SUPPRESSIONS_FILE)) {
            assertThat(Files.readAllBytes(first.resolve(file))).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
    }

    @Test
    void environmentVariable_SpellsAParameterKeyAsAShellVariable() {
        assertThat(ProvisioningGuide.environmentVariable("OriginVerifyToken")).isEqualTo("ORIGIN_VERIFY_TOKEN");
    }
}
