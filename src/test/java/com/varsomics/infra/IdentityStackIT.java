package com.varsomics.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.Map;

/** What the document promises about end-user identity: the Plus plan it prices, MFA, and managed login. */
class IdentityStackIT {

    @Test
    void userPool_IsOnThePlusPlanWithMandatoryMfa() {
        Template identity = SynthesizedTemplates.of("Proteomics-Identity");
        identity.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "UserPoolTier", "PLUS",
                "MfaConfiguration", "ON"));
    }

    @Test
    void signIn_IsServedByManagedLogin_NotTheClassicHostedUi() {
        Template identity = SynthesizedTemplates.of("Proteomics-Identity");
        // ManagedLoginVersion 2 is managed login; 1 is the hosted UI (classic).
        identity.hasResourceProperties("AWS::Cognito::UserPoolDomain", Map.of("ManagedLoginVersion", 2));
        identity.hasResourceProperties("AWS::Cognito::ManagedLoginBranding", Map.of(
                "UseCognitoProvidedValues", true,
                "ClientId", Match.anyValue()));
    }
}
