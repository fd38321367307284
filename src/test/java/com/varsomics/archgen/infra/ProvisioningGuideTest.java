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
    void stacks_BootstrapsEachAccountInItsRegions_AndListsTheDeploymentOrder() {
        String adoc = ProvisioningGuide.stacks(minimal.stacks());

        assertThat(adoc).contains("""
                [source,bash]
                ----
                cdk bootstrap aws://$CONTA_FERRAMENTAS/us-east-1 --profile "$PERFIL_FERRAMENTAS"
                cdk bootstrap aws://$CONTA_CARGA/sa-east-1 --profile "$PERFIL_CARGA" \\
                  --trust "$CONTA_FERRAMENTAS" --cloudformation-execution-policies arn:aws:iam::aws:policy/AdministratorAccess
                saida() {""");
        assertThat(adoc).contains("""
                .Ordem de implantação
                1. `Data` (conta de carga de trabalho do ambiente, `sa-east-1`)
                2. `Edge` (conta de ferramentas CI/CD, `us-east-1`)
                """);
    }

    @Test
    void stacks_ListsEachStepWithItsAccount_DeployCommandParametersOutputsAndExpandedVerification() {
        String adoc = ProvisioningGuide.stacks(minimal.stacks());

        assertThat(adoc).contains("""
                === Passo 1: `Data`

                Dados: bucket de entrada.

                Conta de carga de trabalho do ambiente, região `sa-east-1`; depende de nenhuma stack; 2 recursos do CloudFormation.

                [source,bash]
                ----
                cdk deploy Data -c environment="$AMBIENTE" -c account="$CONTA_CARGA" --profile "$PERFIL_CARGA"
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
                export AWS_PROFILE="$PERFIL_CARGA"
                aws s3api get-bucket-lifecycle-configuration --bucket "$(saida sa-east-1 Data InputBucketName)"
                ----
                """);
        assertThat(adoc).contains("""
                === Passo 2: `Edge`

                Borda: CloudFront.

                Conta de ferramentas CI/CD, região `us-east-1`; depende de `Data`; 1 recursos do CloudFormation.

                [source,bash]
                ----
                cdk deploy Edge --profile "$PERFIL_FERRAMENTAS" \\
                  --parameters OriginVerifyToken="$ORIGIN_VERIFY_TOKEN"
                ----
                """);
    }

    @Test
    void outputs_ListsEveryOutputOfEveryStackInDeploymentOrder_WithTheCommandThatReadsIt() {
        assertThat(ProvisioningGuide.outputs(minimal.stacks())).endsWith("""

                [cols="2,2,4,4",options="header"]
                |===
                |Stack |Saída |Descrição |Leitura (`AWS_PROFILE` da conta)
                |`Data` |`InputBucketName` |Bucket de entrada (1 ano). |`saida sa-east-1 Data InputBucketName`
                |`Edge` |`DistributionId` |Distribuição CloudFront. |`saida us-east-1 Edge DistributionId`
                |===
                """);
    }

    @Test
    void stacks_FailsTheBuild_WhenAVerificationCommandNamesAMissingOutput() {
        SynthesizedStack stack = new SynthesizedStack("Data", "sa-east-1", SynthesizedStack.WORKLOAD, "Dados.", List.of(), List.of(), List.of(),
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

        for (String file : List.of(ProvisioningGuide.STACKS_FILE, ProvisioningGuide.SUPPRESSIONS_FILE, ProvisioningGuide.OUTPUTS_FILE)) {
            assertThat(Files.readAllBytes(first.resolve(file))).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
    }

    @Test
    void environmentVariable_SpellsAParameterKeyAsAShellVariable() {
        assertThat(ProvisioningGuide.environmentVariable("OriginVerifyToken")).isEqualTo("ORIGIN_VERIFY_TOKEN");
    }
}
