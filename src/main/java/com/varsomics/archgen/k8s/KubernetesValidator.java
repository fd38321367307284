package com.varsomics.archgen.k8s;

import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.check.Finding;

import java.util.List;

/** Every policy and model-consistency rule over a rendered overlay; the build fails with all findings at once. */
public final class KubernetesValidator {

    private final List<ManifestRule> rules;

    public KubernetesValidator(List<ManifestRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules the build enforces on deploy/k8s, against the model in {@code model}. */
    public static KubernetesValidator standard(ArchitectureModel model) {
        EksWorkloads workloads = new EksWorkloads(model);
        return new KubernetesValidator(List.of(
                new ReplicasRule(),
                new SecurityContextRule(),
                new ProbesRule(),
                new ResourcesRule(),
                new TopologySpreadRule(),
                new ImmutableImageRule(),
                new AutoscalerRule(),
                new DisruptionBudgetRule(),
                new ServiceAccountRule(),
                new PodSecurityNamespaceRule(),
                new DefaultDenyRule(),
                new NetworkPolicyReasonRule(),
                new NoSecretsRule(),
                new ServiceSelectorRule(),
                new AlbIngressRule(),
                new PlaceholderRule(),
                new DeploymentModelRule(workloads),
                new NetworkPolicyModelRule(workloads)));
    }

    public List<Finding> findings(Overlay overlay) {
        return rules.stream().flatMap(rule -> rule.check(overlay).stream()).toList();
    }
}
