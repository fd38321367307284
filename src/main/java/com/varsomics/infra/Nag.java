package com.varsomics.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

import java.util.List;

/**
 * Records a cdk-nag rule exception next to the resource it concerns. The reason (pt-BR) is mandatory and reaches the
 * NagReport files, from which the security chapter's suppressions table is generated.
 */
public final class Nag {

    private Nag() {
    }

    /** Suppresses {@code ruleId} on the construct and its children. */
    public static void suppress(IConstruct construct, String ruleId, String reason) {
        NagSuppressions.addResourceSuppressions(construct,
                List.of(NagPackSuppression.builder().id(ruleId).reason(reason).build()), true);
    }

    /** Suppresses {@code ruleId} for every resource of the stack: for decisions that hold platform-wide. */
    public static void suppressInStack(Stack stack, String ruleId, String reason) {
        NagSuppressions.addStackSuppressions(stack, List.of(NagPackSuppression.builder().id(ruleId).reason(reason).build()), true);
    }

    /** Suppresses {@code ruleId} only for the listed findings (e.g. one managed policy or one wildcard action). */
    public static void suppress(IConstruct construct, String ruleId, String reason, List<String> appliesTo) {
        NagSuppressions.addResourceSuppressions(construct,
                List.of(NagPackSuppression.builder().id(ruleId).reason(reason).appliesTo(List.copyOf(appliesTo)).build()), true);
    }
}
