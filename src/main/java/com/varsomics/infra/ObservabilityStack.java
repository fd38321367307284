package com.varsomics.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alarms and a dashboard for the platform's service-level objectives: analyses that succeed (threshold and error-budget
 * burn rate), analysis status that reaches the application promptly, and a healthy database. Alarms notify the on-call topic. (The availability SLO of
 * the site is measured at CloudFront, whose metrics live in us-east-1: see the edge stack.)
 */
public final class ObservabilityStack extends PlatformStack {

    /** SLO: at least 99% of analyses finish successfully, measured per day. */
    public static final double ANALYSIS_SUCCESS_OBJECTIVE_PERCENT = 99;
    /** SLO: the application learns an analysis' new status within 5 minutes. */
    public static final int STATUS_FRESHNESS_SECONDS = 300;

    public ObservabilityStack(Construct scope, String id, PlatformSettings settings, SecurityStack security) {
        super(scope, id, "Observabilidade: alarmes dos SLOs (limiar e burn rate do orçamento de erro) e painel do CloudWatch.",
                PlatformSettings.WORKLOAD_REGION, settings);

        Topic onCall = Topics.encrypted(this, "AlarmsTopic", "proteomics-alarms", security.servicesKey());
        onCall.addSubscription(new EmailSubscription(settings.alarmEmail()));

        Map<String, String> stateMachine = Map.of("StateMachineArn", WorkflowStack.stateMachineArn());
        Metric succeeded = metric("AWS/States", "ExecutionsSucceeded", stateMachine, "Sum", Duration.days(1));
        Metric failed = metric("AWS/States", "ExecutionsFailed", stateMachine, "Sum", Duration.days(1));
        Metric timedOut = metric("AWS/States", "ExecutionsTimedOut", stateMachine, "Sum", Duration.days(1));
        MathExpression successRate = MathExpression.Builder.create()
                .expression("IF(s + f + t > 0, 100 * s / (s + f + t), 100)")
                .usingMetrics(new TreeMap<>(Map.of("s", succeeded, "f", failed, "t", timedOut)))
                .label("Análises bem-sucedidas (%)")
                .period(Duration.days(1))
                .build();
        alarm("AnalysisSuccessSlo", successRate, ANALYSIS_SUCCESS_OBJECTIVE_PERCENT, ComparisonOperator.LESS_THAN_THRESHOLD,
                "SLO: menos de 99% das análises do dia terminaram com sucesso.", onCall);
        BurnRateAlarms.create(this, "AnalysisSuccess", period -> analysisErrorPercent(stateMachine, period),
                ANALYSIS_SUCCESS_OBJECTIVE_PERCENT, "SLO de análises bem-sucedidas (99%, Step Functions).", onCall);

        Metric statusAge = metric("AWS/SQS", "ApproximateAgeOfOldestMessage",
                Map.of("QueueName", WorkflowStack.STATUS_QUEUE_NAME), "Maximum", Duration.minutes(1));
        alarm("StatusFreshnessSlo", statusAge, STATUS_FRESHNESS_SECONDS, ComparisonOperator.GREATER_THAN_THRESHOLD,
                "SLO: o status de alguma análise espera há mais de 5 minutos na fila (consumidor parado?).", onCall);
        Metric deadLetters = metric("AWS/SQS", "ApproximateNumberOfMessagesVisible",
                Map.of("QueueName", WorkflowStack.STATUS_QUEUE_NAME + "-dlq"), "Maximum", Duration.minutes(5));
        alarm("StatusDeadLetters", deadLetters, 0, ComparisonOperator.GREATER_THAN_THRESHOLD,
                "Mensagens de status na DLQ: alguma análise não teve o status atualizado no banco.", onCall);

        Metric databaseCpu = metric("AWS/RDS", "CPUUtilization", Map.of("DBClusterIdentifier", DataStack.CLUSTER_IDENTIFIER),
                "Average", Duration.minutes(5));
        alarm("DatabaseCpu", databaseCpu, 80, ComparisonOperator.GREATER_THAN_THRESHOLD,
                "CPU do Aurora acima de 80%: avaliar réplica de leitura adicional ou instância maior.", onCall);
        Metric proxyConnections = metric("AWS/RDS", "ClientConnections", Map.of("ProxyName", DataStack.PROXY_NAME),
                "Sum", Duration.minutes(5));

        Dashboard.Builder.create(this, "Dashboard")
                .dashboardName("proteomics-slos")
                .widgets(List.of(List.of(
                        graph("Análises bem-sucedidas (%) — SLO 99%", successRate),
                        graph("Execuções por dia", succeeded, failed, timedOut),
                        graph("Idade da mensagem mais antiga na fila de status (s) — SLO 300 s", statusAge),
                        graph("Aurora: CPU (%) e conexões no RDS Proxy", databaseCpu, proxyConnections))))
                .build();

        output("AlarmsTopicArn", onCall.getTopicArn(), "Tópico SNS de alarmes do plantão.");
        verifiedBy("aws cloudwatch describe-alarms --region sa-east-1 --alarm-name-prefix proteomics- --query 'MetricAlarms[].[AlarmName,StateValue]' --output table");
    }

    /** Failed and timed-out executions as a percentage of the executions that ended in the period. */
    private static MathExpression analysisErrorPercent(Map<String, String> stateMachine, Duration period) {
        return MathExpression.Builder.create()
                .expression("IF(s + f + t > 0, 100 * (f + t) / (s + f + t), 0)")
                .usingMetrics(new TreeMap<>(Map.of(
                        "s", metric("AWS/States", "ExecutionsSucceeded", stateMachine, "Sum", period),
                        "f", metric("AWS/States", "ExecutionsFailed", stateMachine, "Sum", period),
                        "t", metric("AWS/States", "ExecutionsTimedOut", stateMachine, "Sum", period))))
                .label("Análises com falha (%)")
                .period(period)
                .build();
    }

    private static Metric metric(String namespace, String name, Map<String, String> dimensions, String statistic, Duration period) {
        return Metric.Builder.create().namespace(namespace).metricName(name).dimensionsMap(dimensions)
                .statistic(statistic).period(period).build();
    }

    private void alarm(String id, IMetric metric, double threshold, ComparisonOperator operator, String description, Topic onCall) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmName("proteomics-" + id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(operator)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(onCall));
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(12).build();
    }
}
