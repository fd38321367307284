package com.varsomics.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CfnManagedLoginBranding;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.ManagedLoginVersion;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardThreatProtectionMode;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.constructs.Construct;

import java.util.List;

/**
 * End-user identity: a Cognito user pool in sa-east-1 (personal data stays in Brazil) with mandatory MFA, a strong
 * password policy and threat protection, and the confidential OIDC client of the Django front end.
 */
public final class IdentityStack extends PlatformStack {

    public IdentityStack(Construct scope, String id, PlatformSettings settings) {
        super(scope, id, "Identidade: user pool do Amazon Cognito com MFA obrigatório e o cliente OIDC do front-end Django.",
                PlatformSettings.WORKLOAD_REGION, settings);

        UserPool users = UserPool.Builder.create(this, "UserPool")
                .userPoolName("proteomics-users")
                // Researchers are invited by their lab administrator; no open sign-up.
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .mfa(Mfa.REQUIRED)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .passwordPolicy(PasswordPolicy.builder()
                        .minLength(12).requireDigits(true).requireLowercase(true).requireUppercase(true).requireSymbols(true)
                        .tempPasswordValidity(Duration.days(3))
                        .build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .featurePlan(FeaturePlan.PLUS)
                .standardThreatProtectionMode(StandardThreatProtectionMode.FULL_FUNCTION)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        UserPoolClient webClient = users.addClient("WebClient", software.amazon.awscdk.services.cognito.UserPoolClientOptions.builder()
                .userPoolClientName("web")
                .generateSecret(true)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of("https://" + settings.domainName() + "/oidc/callback/"))
                        .logoutUrls(List.of("https://" + settings.domainName() + "/"))
                        .build())
                .preventUserExistenceErrors(true)
                .accessTokenValidity(Duration.minutes(60))
                .idTokenValidity(Duration.minutes(60))
                .refreshTokenValidity(Duration.days(1))
                .build());

        // The authorization code flow needs the user pool's domain; managed login (not the classic hosted UI) serves
        // the sign-in pages there, with Cognito's default branding for the web client. The account id keeps the
        // prefix unique per region without a context value.
        UserPoolDomain domain = users.addDomain("Domain", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder()
                        .domainPrefix("proteomics-" + settings.environment() + "-" + software.amazon.awscdk.Aws.ACCOUNT_ID)
                        .build())
                .managedLoginVersion(ManagedLoginVersion.NEWER_MANAGED_LOGIN)
                .build());
        CfnManagedLoginBranding branding = CfnManagedLoginBranding.Builder.create(this, "ManagedLoginBranding")
                .userPoolId(users.getUserPoolId())
                .clientId(webClient.getUserPoolClientId())
                .useCognitoProvidedValues(true)
                .build();
        branding.getNode().addDependency(domain);

        output("UserPoolId", users.getUserPoolId(), "User pool do Cognito.");
        output("UserPoolDomain", domain.getDomainName(), "Prefixo do domínio do user pool, onde o managed login publica as páginas de login.");
        output("WebClientId", webClient.getUserPoolClientId(), "Cliente OIDC do front-end Django.");
        verifiedBy(
                "aws cognito-idp describe-user-pool --region sa-east-1 --user-pool-id {{UserPoolId}} --query 'UserPool.[MfaConfiguration,UserPoolTier,DeletionProtection]'",
                "aws cognito-idp describe-user-pool --region sa-east-1 --user-pool-id {{UserPoolId}} --query UserPool.Policies.PasswordPolicy.MinimumLength");
    }
}
