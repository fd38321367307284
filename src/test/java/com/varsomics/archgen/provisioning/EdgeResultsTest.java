package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected results of the alarm, CloudFront, AWS WAF and DNSSEC checks, from a hand-written template. */
class EdgeResultsTest {

    private static final Template EDGE = Templates.of("""
            {"Resources": {
              "Slo": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmName": "proteomics-slo"}},
              "Cost": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmName": "other-cost"}},
              "Api": {"Type": "AWS::CloudWatch::Alarm", "Properties": {"AlarmName": "proteomics-api-5xx"}},
              "Acl": {"Type": "AWS::WAFv2::WebACL", "Properties": {"Name": "edge", "Rules": [
                      {"Name": "RateLimit", "Priority": 2}, {"Name": "CommonRules", "Priority": 0}, {"Name": "BadInputs", "Priority": 1}]}},
              "Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {
                      "WebACLId": {"Fn::GetAtt": ["Acl", "Arn"]}, "ViewerCertificate": {"MinimumProtocolVersion": "TLSv1.2_2021"},
                      "HttpVersion": "http2and3", "Logging": {"Bucket": "logs"},
                      "CacheBehaviors": [{"PathPattern": "/static/*"}, {"PathPattern": "/api/*"}]}}},
              "Ksk": {"Type": "AWS::Route53::KeySigningKey", "Properties": {"Status": "ACTIVE"}}},
             "Outputs": {"DistributionId": {"Value": {"Ref": "Cdn"}}}}
            """);

    @Test
    void alarms_AreThoseWithThePrefix_ByName() {
        assertThat(ExpectedResults.of("S", "aws cloudwatch describe-alarms --alarm-name-prefix proteomics- "
                + "--query 'MetricAlarms[].[AlarmName,StateValue]' --output table", EDGE)).containsExactly(
                "esperado: 2 alarmes em OK (INSUFFICIENT_DATA nos primeiros minutos):",
                "  proteomics-api-5xx, proteomics-slo");
    }

    @Test
    void distribution_NamesItsWebAcl_AndReadsTlsPriceClassHttpLoggingAndPaths() {
        assertThat(ExpectedResults.of("S", "aws cloudfront get-distribution-config --id {{DistributionId}} "
                + "--query 'DistributionConfig.[WebACLId,ViewerCertificate.MinimumProtocolVersion,PriceClass]'", EDGE)).containsExactly(
                "esperado:",
                "  WebACLId: ARN da web ACL edge (escopo CLOUDFRONT)",
                "  ViewerCertificate.MinimumProtocolVersion: \"TLSv1.2_2021\"",
                "  PriceClass: \"PriceClass_All\"");
        assertThat(ExpectedResults.of("S", "aws cloudfront get-distribution-config --id {{DistributionId}} "
                + "--query 'DistributionConfig.[HttpVersion,Logging.Enabled,CacheBehaviors.Items[].PathPattern]'", EDGE))
                .containsExactly("esperado: [\"http2and3\", true, [\"/static/*\", \"/api/*\"]]");
    }

    @Test
    void webAcl_ListsItsRulesInPriorityOrder() {
        assertThat(ExpectedResults.of("S", "aws wafv2 get-web-acl --scope CLOUDFRONT --name edge --id $(echo x | awk -F/ '{print $NF}') "
                + "--query 'WebACL.Rules[].Name'", EDGE))
                .containsExactly("esperado: 3 regras, na ordem de prioridade:", "  CommonRules, BadInputs, RateLimit");
    }

    @Test
    void dnssec_SignsWithEveryKeySigningKey_NotingTheParentDsRecord() {
        assertThat(ExpectedResults.of("S", "aws route53 get-dnssec --hosted-zone-id \"$ZONA\" "
                + "--query '[Status.ServeSignature,KeySigningKeys[].Status]'", EDGE)).containsExactly(
                "esperado: [\"SIGNING\", [\"ACTIVE\"]]",
                "obs.: a zona assina, mas a cadeia de confiança só existe depois do registro DS no domínio pai",
                "    (passo manual)");
    }
}
