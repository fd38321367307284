package com.varsomics.infra;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.kms.KeySpec;
import software.amazon.awscdk.services.kms.KeyUsage;
import software.amazon.awscdk.services.route53.CfnDNSSEC;
import software.amazon.awscdk.services.route53.CfnKeySigningKey;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.AaaaRecord;
import software.amazon.awscdk.services.route53.IPublicHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.CloudFrontTarget;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.wafv2.CfnIPSet;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The edge, in us-east-1 because CloudFront only takes ACM certificates and WAF web ACLs (scope CLOUDFRONT) from there:
 * certificate (DNS-validated in the hosted zone), web ACL with AWS managed rule groups and rate limits scoped for
 * campus NATs (strict on login paths, per session, a high per-IP ceiling with allow-listed institutions), the
 * distribution in front of the ALB origin (viewer policy TLSv1.2_2025), DNS alias records, the DNSSEC alarms and the
 * site availability SLO alarms (threshold and error-budget burn rate). Domain and
 * hosted zone come from context; the origin secret header is a NoEcho parameter. Nothing here references the
 * sa-east-1 stacks by token, so no cross-region references (and their custom resources) are needed.
 */
public final class EdgeStack extends PlatformStack {

    /** SLO: at least 99.9% of requests answered without a 5xx, over 5-minute windows. */
    public static final double AVAILABILITY_5XX_RATE_PERCENT = 0.1;
    /** Route 53 DNSSEC metrics alarmed on (the zone is signed here). */
    public static final List<String> DNSSEC_METRICS = List.of("DNSSECKeySigningKeysNeedingAction", "DNSSECInternalFailure");
    /** SLO of the site's availability, whose error budget the burn-rate alarms watch. */
    public static final double AVAILABILITY_OBJECTIVE_PERCENT = 99.9;
    /**
     * Rate limits per 5-minute window (WAF's default, 300 s). One researcher's session makes about 91 requests in 5
     * minutes (one every 3.3 s); a campus NAT puts many sessions behind one IP. So: a strict limit per IP on the login
     * and admin paths, a limit per session (IP + Django session cookie) at 22x a session's normal rate, and a general
     * limit per IP that leaves room for about 220 sessions behind one address; partner institutions whose CIDRs are in
     * the allow list are exempt from that general per-IP limit (but not from the other two).
     */
    public static final int LOGIN_RATE_LIMIT_PER_5_MINUTES = 300;
    public static final int SESSION_RATE_LIMIT_PER_5_MINUTES = 2000;
    public static final int IP_RATE_LIMIT_PER_5_MINUTES = 20000;
    public static final int RATE_WINDOW_SECONDS = 300;
    /** Django's login (OIDC with Cognito) and admin paths: where password guessing and token abuse happen. */
    public static final List<String> LOGIN_PATH_PREFIXES = List.of("/oidc/", "/admin/");
    /** Django's default session cookie name. */
    public static final String SESSION_COOKIE = "sessionid";

    public EdgeStack(Construct scope, String id, PlatformSettings settings) {
        super(scope, id, "Borda (us-east-1): CloudFront (ALB e ativos estáticos no S3 via OAC), AWS WAF, certificado ACM, registros e DNSSEC no Route 53 e alarme de disponibilidade.",
                PlatformSettings.EDGE_REGION, settings);

        IPublicHostedZone zone = hostedZone(settings);
        Certificate certificate = Certificate.Builder.create(this, "Certificate")
                .domainName(settings.domainName())
                .validation(CertificateValidation.fromDns(zone))
                .build();

        // Partner institutions' public CIDRs (context institutionCidrs): many researchers behind one campus NAT.
        CfnIPSet institutions = CfnIPSet.Builder.create(this, "InstitutionAddresses")
                .name("proteomics-institutions")
                .scope("CLOUDFRONT")
                .ipAddressVersion("IPV4")
                .addresses(settings.institutionCidrs())
                .description("CIDRs publicos das instituicoes parceiras, isentos do limite geral por IP")
                .build();
        CfnWebACL webAcl = CfnWebACL.Builder.create(this, "WebAcl")
                .name("proteomics-edge")
                .scope("CLOUDFRONT")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder().allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(WebAcls.visibility("proteomics-edge"))
                .rules(List.of(
                        managedRuleGroup(0, "AWSManagedRulesAmazonIpReputationList"),
                        managedRuleGroup(1, "AWSManagedRulesCommonRuleSet"),
                        managedRuleGroup(2, "AWSManagedRulesKnownBadInputsRuleSet"),
                        rateRule(3, "rate-limit-login", CfnWebACL.RateBasedStatementProperty.builder()
                                .limit(LOGIN_RATE_LIMIT_PER_5_MINUTES).evaluationWindowSec(RATE_WINDOW_SECONDS)
                                .aggregateKeyType("IP")
                                .scopeDownStatement(loginPaths())
                                .build()),
                        rateRule(4, "rate-limit-per-session", CfnWebACL.RateBasedStatementProperty.builder()
                                .limit(SESSION_RATE_LIMIT_PER_5_MINUTES).evaluationWindowSec(RATE_WINDOW_SECONDS)
                                .aggregateKeyType("CUSTOM_KEYS")
                                .customKeys(List.of(
                                        CfnWebACL.RateBasedStatementCustomKeyProperty.builder().ip(Map.of()).build(),
                                        CfnWebACL.RateBasedStatementCustomKeyProperty.builder()
                                                .cookie(CfnWebACL.RateLimitCookieProperty.builder().name(SESSION_COOKIE)
                                                        .textTransformations(List.of(noTransformation())).build())
                                                .build()))
                                .build()),
                        rateRule(5, "rate-limit-per-ip", CfnWebACL.RateBasedStatementProperty.builder()
                                .limit(IP_RATE_LIMIT_PER_5_MINUTES).evaluationWindowSec(RATE_WINDOW_SECONDS)
                                .aggregateKeyType("IP")
                                .scopeDownStatement(CfnWebACL.StatementProperty.builder()
                                        .notStatement(CfnWebACL.NotStatementProperty.builder()
                                                .statement(CfnWebACL.StatementProperty.builder()
                                                        .ipSetReferenceStatement(CfnWebACL.IPSetReferenceStatementProperty.builder()
                                                                .arn(institutions.getAttrArn()).build())
                                                        .build())
                                                .build())
                                        .build())
                                .build())))
                .build();

        // Keys live per region: this one encrypts the edge's WAF logs and alarm topic in us-east-1.
        Key edgeKey = Key.Builder.create(this, "EdgeKey")
                .alias("alias/proteomics/edge")
                .description("Borda (us-east-1): logs do WAF e tópico de alarmes.")
                .enableKeyRotation(true)
                .build();
        KeyPolicies.allowCloudWatchLogs(edgeKey);
        KeyPolicies.allowAlarmsAndEvents(edgeKey);
        WebAcls.enableLogging(this, webAcl, edgeKey);

        CfnParameter originToken = CfnParameter.Builder.create(this, "OriginVerifyToken")
                .type("String").noEcho(true).minLength(32)
                .description("Valor secreto do cabeçalho X-Origin-Verify enviado ao ALB (o mesmo da stack de computação).")
                .build();
        // The static assets bucket lives in sa-east-1 (data stack), which grants read to this account's distributions.
        IBucket staticAssets = Bucket.fromBucketAttributes(this, "StaticAssetsBucket", BucketAttributes.builder()
                .bucketName(DataStack.staticAssetsBucketName(settings)).region(PlatformSettings.WORKLOAD_REGION).build());
        // Access logs stay in Brazil (viewer IPs are personal data): the sa-east-1 access-log bucket, by name.
        Distribution distribution = Distribution.Builder.create(this, "Distribution")
                .comment("Plataforma de proteômica")
                .domainNames(List.of(settings.domainName()))
                .certificate(certificate)
                .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2025)
                .httpVersion(HttpVersion.HTTP2_AND_3)
                // Only PriceClass_All includes the South America edge locations, where the users are.
                .priceClass(PriceClass.PRICE_CLASS_ALL)
                .webAclId(webAcl.getAttrArn())
                .enableLogging(true)
                .logBucket(Bucket.fromBucketAttributes(this, "EdgeLogsBucket", BucketAttributes.builder()
                        .bucketName(DataStack.edgeLogsBucketName(settings)).region(PlatformSettings.WORKLOAD_REGION).build()))
                .logFilePrefix("cloudfront/")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(HttpOrigin.Builder.create(settings.originDomainName())
                                .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                                .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2))
                                .customHeaders(Map.of("X-Origin-Verify", originToken.getValueAsString()))
                                .build())
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        // Dynamic pages and API: nothing cached; every viewer header but Host reaches the ALB.
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                        .build())
                // Django's collectstatic output: from the private sa-east-1 bucket through Origin Access Control, cached.
                .additionalBehaviors(Map.of("/static/*", BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(staticAssets))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .compress(true)
                        .build()))
                .build();
        // The bucket policy that lets this account's distributions read /static/* is written in the data stack.
        Annotations.of(distribution).acknowledgeWarning("@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac",
                "A política do bucket de ativos estáticos (stack de dados, sa-east-1) já autoriza as distribuições desta conta via OAC.");
        Nag.suppress(distribution, "AwsSolutions-CFR1",
                "Sem restrição geográfica: pesquisadores colaboradores acessam de fora do Brasil; o controle é por login (Cognito) e WAF.");

        RecordTarget alias = RecordTarget.fromAlias(new CloudFrontTarget(distribution));
        ARecord.Builder.create(this, "AliasIpv4").zone(zone).recordName(settings.domainName()).target(alias).build();
        AaaaRecord.Builder.create(this, "AliasIpv6").zone(zone).recordName(settings.domainName()).target(alias).build();

        Topic onCall = Topics.encrypted(this, "EdgeAlarmsTopic", "proteomics-edge-alarms", edgeKey);
        onCall.addSubscription(new EmailSubscription(settings.alarmEmail()));
        Alarm availability = Alarm.Builder.create(this, "AvailabilitySlo")
                .alarmName("proteomics-AvailabilitySlo")
                .alarmDescription("SLO: mais de 0,1% das requisições com erro 5xx em 5 minutos (disponibilidade abaixo de 99,9%).")
                .metric(errorRate(distribution, Duration.minutes(5)))
                .threshold(AVAILABILITY_5XX_RATE_PERCENT)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(3)
                .datapointsToAlarm(2)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        availability.addAlarmAction(new SnsAction(onCall));
        BurnRateAlarms.create(this, "Availability", period -> errorRate(distribution, period), AVAILABILITY_OBJECTIVE_PERCENT,
                "SLO de disponibilidade do site (99,9% sem 5xx, CloudFront).", onCall);

        dnssec(settings, onCall);

        output("DistributionId", distribution.getDistributionId(), "Distribuição CloudFront.");
        output("DistributionDomainName", distribution.getDistributionDomainName(), "Nome DNS da distribuição (alvo do alias).");
        output("WebAclArn", webAcl.getAttrArn(), "Web ACL do AWS WAF (escopo CLOUDFRONT).");
        output("CertificateArn", certificate.getCertificateArn(), "Certificado ACM (us-east-1) do domínio do site.");
        verifiedBy(
                "aws cloudfront get-distribution-config --id {{DistributionId}} --query 'DistributionConfig.[WebACLId,ViewerCertificate.MinimumProtocolVersion,PriceClass]'",
                "aws cloudfront get-distribution-config --id {{DistributionId}} --query 'DistributionConfig.[HttpVersion,Logging.Enabled,CacheBehaviors.Items[].PathPattern]'",
                "aws wafv2 get-web-acl --region us-east-1 --scope CLOUDFRONT --name proteomics-edge --id $(echo {{WebAclArn}} | awk -F/ '{print $NF}') --query 'WebACL.Rules[].Name'",
                "aws acm describe-certificate --region us-east-1 --certificate-arn {{CertificateArn}} --query 'Certificate.[Status,DomainName]'",
                // the environment's hosted zone (variable ZONA of the guide); the template only imports it
                "aws route53 get-dnssec --hosted-zone-id \"$ZONA\" --query '[Status.ServeSignature,KeySigningKeys[].Status]'",
                "aws cloudwatch describe-alarms --region us-east-1 --alarm-name-prefix proteomics- --query 'MetricAlarms[].[AlarmName,StateValue]' --output table");
    }

    /**
     * DNSSEC signing of the hosted zone with a key-signing key backed by an asymmetric KMS key (us-east-1, as Route 53
     * requires). The DS record still has to be published at the parent zone or registrar, once, from the KSK's public
     * key (aws route53 get-dnssec).
     */
    private void dnssec(PlatformSettings settings, Topic onCall) {
        Key signingKey = Key.Builder.create(this, "DnssecSigningKey")
                .description("Chave do KSK do DNSSEC da zona do site (Route 53 exige ECC_NIST_P256 em us-east-1).")
                .keySpec(KeySpec.ECC_NIST_P256)
                .keyUsage(KeyUsage.SIGN_VERIFY)
                .build();
        signingKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowRoute53Dnssec")
                .principals(List.of(new ServicePrincipal("dnssec-route53.amazonaws.com")))
                .actions(List.of("kms:DescribeKey", "kms:GetPublicKey", "kms:Sign"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID)))
                .build());
        signingKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowRoute53DnssecGrants")
                .principals(List.of(new ServicePrincipal("dnssec-route53.amazonaws.com")))
                .actions(List.of("kms:CreateGrant"))
                .resources(List.of("*"))
                .conditions(Map.of("Bool", Map.of("kms:GrantIsForAWSResource", true)))
                .build());
        // No rotation: KMS does not rotate asymmetric keys (the packs' rotation rules only cover symmetric ones);
        // replacing it is a planned KSK rollover.
        CfnKeySigningKey ksk = CfnKeySigningKey.Builder.create(this, "KeySigningKey")
                .hostedZoneId(settings.hostedZoneId())
                .keyManagementServiceArn(signingKey.getKeyArn())
                .name("proteomics_ksk")
                .status("ACTIVE")
                .build();
        CfnDNSSEC dnssec = CfnDNSSEC.Builder.create(this, "Dnssec").hostedZoneId(settings.hostedZoneId()).build();
        dnssec.addResourceDependency(ksk);
        // Route 53's DNSSEC metrics (us-east-1): a KSK that needs action or an internal signing failure can make the
        // domain unresolvable for validating resolvers once the DS record is published.
        for (String metricName : DNSSEC_METRICS) {
            Alarm alarm = Alarm.Builder.create(this, metricName)
                    .alarmName("proteomics-" + metricName)
                    .alarmDescription("DNSSEC da zona do site: " + metricName + " acima de 0 (ver runbook do DNSSEC).")
                    .metric(Metric.Builder.create().namespace("AWS/Route53").metricName(metricName)
                            .dimensionsMap(Map.of("HostedZoneId", settings.hostedZoneId()))
                            .statistic("Maximum").period(Duration.minutes(5)).build())
                    .threshold(0)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                    .evaluationPeriods(1)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build();
            alarm.addAlarmAction(new SnsAction(onCall));
        }
    }

    private static Metric errorRate(Distribution distribution, Duration period) {
        return Metric.Builder.create().namespace("AWS/CloudFront").metricName("5xxErrorRate")
                .dimensionsMap(new TreeMap<>(Map.of("DistributionId", distribution.getDistributionId(), "Region", "Global")))
                .statistic("Average").period(period).build();
    }

    private static CfnWebACL.RuleProperty rateRule(int priority, String name, CfnWebACL.RateBasedStatementProperty statement) {
        return CfnWebACL.RuleProperty.builder()
                .name(name)
                .priority(priority)
                .action(CfnWebACL.RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .statement(CfnWebACL.StatementProperty.builder().rateBasedStatement(statement).build())
                .visibilityConfig(WebAcls.visibility(name))
                .build();
    }

    /** URI path starts with one of {@link #LOGIN_PATH_PREFIXES}. */
    private static CfnWebACL.StatementProperty loginPaths() {
        List<CfnWebACL.StatementProperty> paths = LOGIN_PATH_PREFIXES.stream().map(prefix -> CfnWebACL.StatementProperty.builder()
                .byteMatchStatement(CfnWebACL.ByteMatchStatementProperty.builder()
                        .fieldToMatch(CfnWebACL.FieldToMatchProperty.builder().uriPath(Map.of()).build())
                        .positionalConstraint("STARTS_WITH")
                        .searchString(prefix)
                        .textTransformations(List.of(CfnWebACL.TextTransformationProperty.builder().priority(0).type("LOWERCASE").build()))
                        .build())
                .build()).toList();
        return CfnWebACL.StatementProperty.builder()
                .orStatement(CfnWebACL.OrStatementProperty.builder().statements(new java.util.ArrayList<>(paths)).build())
                .build();
    }

    private static CfnWebACL.TextTransformationProperty noTransformation() {
        return CfnWebACL.TextTransformationProperty.builder().priority(0).type("NONE").build();
    }

    private static CfnWebACL.RuleProperty managedRuleGroup(int priority, String name) {
        return CfnWebACL.RuleProperty.builder()
                .name(name)
                .priority(priority)
                .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
                .statement(CfnWebACL.StatementProperty.builder()
                        .managedRuleGroupStatement(CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                                .vendorName("AWS").name(name).build())
                        .build())
                .visibilityConfig(WebAcls.visibility(name))
                .build();
    }
}
