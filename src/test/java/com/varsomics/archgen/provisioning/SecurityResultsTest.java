package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expected results of the security and identity checks, from hand-written templates. */
class SecurityResultsTest {

    @Test
    void keyRotation_ReadsTheRotationPeriod_OrAWSsDefaultOf365Days() {
        assertThat(ExpectedResults.of("S", "aws kms get-key-rotation-status --key-id {{Out}}",
                Templates.withResource("AWS::KMS::Key", "{\"EnableKeyRotation\": true, \"RotationPeriodInDays\": 90}")))
                .containsExactly("esperado: \"KeyRotationEnabled\": true, \"RotationPeriodInDays\": 90");
    }

    @Test
    void accessAnalyzer_ExpectsOnlyTheBootstrapRolesOfTheTemplatesQualifier() {
        Template template = Templates.of("""
                {"Parameters": {"BootstrapVersion": {"Default": "/cdk-bootstrap/abc123/version"}}, "Resources": {}}
                """);

        assertThat(ExpectedResults.of("S", "aws accessanalyzer list-findings-v2 --analyzer-arn x", template)).first().asString()
                .isEqualTo("esperado: nenhum achado ACTIVE, exceto os papéis cdk-abc123-* do bootstrap, que confiam de");
    }

    @Test
    void userPool_ReadsMfaTierPasswordLengthAndDeletionProtection_WithCognitosDefaults() {
        Template pool = Templates.withResource("AWS::Cognito::UserPool",
                "{\"MfaConfiguration\": \"ON\", \"Policies\": {\"PasswordPolicy\": {\"MinimumLength\": 14}}}");

        assertThat(ExpectedResults.of("S", "aws cognito-idp describe-user-pool --user-pool-id {{Out}} --query "
                + "'UserPool.[MfaConfiguration,UserPoolTier,Policies.PasswordPolicy.MinimumLength,DeletionProtection]'", pool))
                .containsExactly("esperado: [\"ON\", \"ESSENTIALS\", 14, \"INACTIVE\"]");
    }

    @Test
    void secretRotation_IsTheRdsManagedSecretsSevenDayRotation_AndNothingElse() {
        Template cluster = Templates.withResource("AWS::RDS::DBCluster", "{\"ManageMasterUserPassword\": true}");

        assertThat(ExpectedResults.of("S", "aws secretsmanager describe-secret --secret-id {{Out}} --query RotationEnabled", cluster))
                .containsExactly("esperado: true");
        assertThatThrownBy(() -> ExpectedResults.of("S", "aws secretsmanager describe-secret --secret-id {{Out}} --query RotationEnabled",
                Templates.withResource("AWS::SecretsManager::Secret", "{}")))
                .hasMessageContaining("only the RDS-managed master user secret is supported");
    }

    @Test
    void certificate_IsIssuedForItsDomain_WithTheValidationAndEnvironmentNotes() {
        Template certificate = Templates.withResource("AWS::CertificateManager::Certificate", "{\"DomainName\": \"app.example.com\"}");

        assertThat(ExpectedResults.of("S", "aws acm describe-certificate --certificate-arn {{Out}} "
                + "--query 'Certificate.[Status,DomainName]'", certificate)).containsExactly(
                "esperado: [\"ISSUED\", \"app.example.com\"]",
                "obs.: PENDING_VALIDATION até o registro CNAME de validação propagar na zona hospedada",
                "obs.: o domínio acima é o do cdk.json (produção); em homologação, o DOMINIO do ambiente");
    }
}
