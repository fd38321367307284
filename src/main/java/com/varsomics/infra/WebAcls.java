package com.varsomics.infra;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/** What every AWS WAF web ACL of the platform shares: CloudWatch metrics and logs without credentials in them. */
final class WebAcls {

    private WebAcls() {
    }

    static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(metricName).build();
    }

    /** WAF logs to an encrypted log group (its name must start with aws-waf-logs-); cookies and tokens are redacted. */
    static void enableLogging(Construct scope, CfnWebACL webAcl, IKey key) {
        String logGroupName = "aws-waf-logs-" + webAcl.getName();
        LogGroup logs = LogGroup.Builder.create(scope, "WebAclLogs")
                .logGroupName(logGroupName)
                .retention(PlatformStack.LOG_RETENTION)
                .encryptionKey(key)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        CfnLoggingConfiguration.Builder.create(scope, "WebAclLogging")
                .resourceArn(webAcl.getAttrArn())
                // WAF wants the log group ARN without the ":*" suffix that LogGroup.logGroupArn carries.
                .logDestinationConfigs(List.of(Stack.of(scope).formatArn(ArnComponents.builder()
                        .service("logs").resource("log-group").resourceName(logGroupName)
                        .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build())))
                .redactedFields(List.of(
                        Map.of("SingleHeader", Map.of("Name", "cookie")),
                        Map.of("SingleHeader", Map.of("Name", "authorization")),
                        Map.of("SingleHeader", Map.of("Name", "x-origin-verify"))))
                .build()
                .getNode().addDependency(logs);
    }
}
