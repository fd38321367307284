package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Node drains and cluster upgrades keep each workload serving: one PodDisruptionBudget selects its pods and still
 * lets at least one of them be evicted (a budget that allows none blocks every drain).
 */
final class DisruptionBudgetRule implements ManifestRule {

    static final String KEY = "k8s.workload.pdb";

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        List<Located<PodDisruptionBudget>> budgets = overlay.all(PodDisruptionBudget.class);
        for (Located<Deployment> deployment : overlay.all(Deployment.class)) {
            List<Located<PodDisruptionBudget>> selecting = budgets.stream()
                    .filter(budget -> Objects.equals(budget.namespace(), deployment.namespace()))
                    .filter(budget -> LabelSelectors.matches(budget.object().getSpec().getSelector(), Overlay.podLabels(deployment.object())))
                    .toList();
            if (selecting.size() != 1) {
                findings.add(new Finding(KEY, deployment.location(),
                        deployment.subject() + " has " + selecting.size()
                                + " PodDisruptionBudgets selecting its pods; it needs exactly one (policy/v1, maxUnavailable: 1).",
                        ""));
            } else if (!allowsAnEviction(selecting.getFirst().object(), Objects.requireNonNullElse(deployment.object().getSpec().getReplicas(), 1))) {
                findings.add(new Finding(KEY, selecting.getFirst().location(),
                        selecting.getFirst().subject() + " allows no eviction of "
                                + deployment.object().getMetadata().getName() + "'s pods, which blocks node drains.",
                        "Use maxUnavailable: 1."));
            }
        }
        return findings;
    }

    private static boolean allowsAnEviction(PodDisruptionBudget budget, int replicas) {
        IntOrString maxUnavailable = budget.getSpec().getMaxUnavailable();
        IntOrString minAvailable = budget.getSpec().getMinAvailable();
        if (maxUnavailable != null) {
            return maxUnavailable.getIntVal() != null ? maxUnavailable.getIntVal() >= 1 : !maxUnavailable.getStrVal().equals("0%");
        }
        return minAvailable != null && minAvailable.getIntVal() != null && minAvailable.getIntVal() < replicas;
    }
}
