package com.varsomics.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmRule;
import software.amazon.awscdk.services.cloudwatch.AlarmState;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CompositeAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Multiwindow, multi-burn-rate alarms on an SLO's error budget: burn rate = error rate over the window / (100% -
 * objective). A fast pair (1 h and 5 min at 14.4x: 2% of a 30-day budget in one hour) and a slow pair (6 h and 30 min
 * at 6x: 5% in six hours); each pair is a composite alarm that fires only while both windows burn, so a short spike
 * that is already over does not page anyone.
 */
final class BurnRateAlarms {

    /** A burn-rate threshold with its long and short windows. */
    record Window(String name, String label, double burnRate, Duration longWindow, Duration shortWindow) {
    }

    static final List<Window> WINDOWS = List.of(
            new Window("Fast", "rápido", 14.4, Duration.hours(1), Duration.minutes(5)),
            new Window("Slow", "lento", 6, Duration.hours(6), Duration.minutes(30)));

    private BurnRateAlarms() {
    }

    /**
     * @param errorPercent      the SLI's error rate in percent, evaluated over the period it is given
     * @param objectivePercent  the SLO, e.g. 99.9
     */
    static void create(Construct scope, String slo, Function<Duration, IMetric> errorPercent, double objectivePercent,
                       String description, ITopic onCall) {
        double budgetPercent = 100 - objectivePercent;
        for (Window window : WINDOWS) {
            // Rounded: 14.4 x (100 - 99.9) is not exactly 1.44 in binary floating point.
            double threshold = Math.round(window.burnRate() * budgetPercent * 1e6) / 1e6;
            Alarm longWindow = windowAlarm(scope, slo + window.name() + "BurnLong", errorPercent.apply(window.longWindow()), threshold);
            Alarm shortWindow = windowAlarm(scope, slo + window.name() + "BurnShort", errorPercent.apply(window.shortWindow()), threshold);
            CompositeAlarm burn = CompositeAlarm.Builder.create(scope, slo + window.name() + "Burn")
                    .compositeAlarmName("proteomics-" + slo + window.name() + "Burn")
                    .alarmDescription(description + " Consumo " + window.label() + " do orçamento de erro: "
                            + String.format(Locale.ROOT, "%.1f", window.burnRate())
                            + "x em " + window.longWindow().toMinutes() + " min e em " + window.shortWindow().toMinutes() + " min.")
                    .alarmRule(AlarmRule.allOf(AlarmRule.fromAlarm(longWindow, AlarmState.ALARM),
                            AlarmRule.fromAlarm(shortWindow, AlarmState.ALARM)))
                    .build();
            burn.addAlarmAction(new SnsAction(onCall));
        }
    }

    private static Alarm windowAlarm(Construct scope, String id, IMetric metric, double threshold) {
        Alarm alarm = Alarm.Builder.create(scope, id)
                .alarmName("proteomics-" + id)
                .alarmDescription("Janela de burn rate (sem ação própria: o alarme composto avisa o plantão).")
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        Nag.suppress(alarm, "HIPAA.Security-CloudWatchAlarmAction",
                "Janela de um alarme composto de burn rate: sem ação própria de propósito; o alarme composto (janela longa E curta) é que avisa o plantão, para um pico já encerrado não acordar ninguém.");
        return alarm;
    }
}
