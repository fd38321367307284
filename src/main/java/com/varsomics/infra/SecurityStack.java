package com.varsomics.infra;

import software.amazon.awscdk.services.accessanalyzer.CfnAnalyzer;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

import java.util.List;

/**
 * Security baseline of the workload account: customer-managed KMS keys (one per data domain, yearly rotation) and an
 * IAM Access Analyzer. Organization-wide controls (CloudTrail organization trail, Config recorder, GuardDuty and
 * Security Hub with a delegated administrator) belong to the Control Tower accounts, not to this app.
 */
public final class SecurityStack extends PlatformStack {

    private final Key dataKey;
    private final Key logsKey;
    private final Key servicesKey;

    public SecurityStack(Construct scope, String id, PlatformSettings settings) {
        super(scope, id, "Linha de base de segurança da conta de workload: chaves KMS e IAM Access Analyzer.",
                PlatformSettings.WORKLOAD_REGION, settings);

        dataKey = key("DataKey", "alias/proteomics/data",
                "Dados da plataforma: buckets S3, Aurora, segredos e backups.");
        logsKey = key("LogsKey", "alias/proteomics/logs",
                "Logs: CloudWatch Logs (fluxo da VPC, EKS, Step Functions, CodeBuild) e trilha de dados do CloudTrail.");
        servicesKey = key("ServicesKey", "alias/proteomics/services",
                "Serviços da aplicação: segredos do Kubernetes no EKS, filas SQS, tópicos SNS e artefatos do pipeline.");

        KeyPolicies.allowCloudWatchLogs(logsKey);
        logsKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowCloudTrail")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudtrail.amazonaws.com")))
                .actions(List.of("kms:GenerateDataKey*", "kms:DescribeKey"))
                .resources(List.of("*"))
                .build());
        // EventBridge delivers to the encrypted status queue and CloudWatch alarms publish to the encrypted topic.
        KeyPolicies.allowAlarmsAndEvents(servicesKey);

        CfnAnalyzer analyzer = CfnAnalyzer.Builder.create(this, "AccessAnalyzer")
                .analyzerName("proteomics-account")
                .type("ACCOUNT")
                .build();

        output("DataKeyArn", dataKey.getKeyArn(), "Chave KMS dos dados (S3, Aurora, segredos, backups).");
        output("LogsKeyArn", logsKey.getKeyArn(), "Chave KMS dos logs.");
        output("ServicesKeyArn", servicesKey.getKeyArn(), "Chave KMS dos serviços (EKS, SQS, SNS, pipeline).");
        output("AccessAnalyzerArn", analyzer.getAttrArn(), "IAM Access Analyzer da conta.");
        verifiedBy(
                "aws kms get-key-rotation-status --region sa-east-1 --key-id {{DataKeyArn}}",
                "aws accessanalyzer list-findings-v2 --region sa-east-1 --analyzer-arn {{AccessAnalyzerArn}} --filter '{\"status\":{\"eq\":[\"ACTIVE\"]}}'");
    }

    private Key key(String id, String alias, String description) {
        return Key.Builder.create(this, id)
                .alias(alias)
                .description(description)
                .enableKeyRotation(true)
                .build();
    }

    public Key dataKey() {
        return dataKey;
    }

    public Key logsKey() {
        return logsKey;
    }

    public Key servicesKey() {
        return servicesKey;
    }
}
