package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Least privilege for AWS access: each workload runs as its own ServiceAccount (one EKS Pod Identity association,
 * one IAM role), declared in the overlay, without an IRSA annotation and without a Kubernetes API token mounted.
 */
final class ServiceAccountRule implements ManifestRule {

    static final String KEY = "k8s.workload.serviceAccount";

    static final String IRSA_ANNOTATION = "eks.amazonaws.com/role-arn";

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        List<Located<Deployment>> deployments = overlay.all(Deployment.class);
        for (Located<Deployment> deployment : deployments) {
            String name = Objects.requireNonNullElse(PodTemplates.podSpec(deployment).getServiceAccountName(), "default");
            Optional<Located<ServiceAccount>> account = overlay.all(ServiceAccount.class).stream()
                    .filter(candidate -> candidate.name().equals(name) && Objects.equals(candidate.namespace(), deployment.namespace()))
                    .findFirst();
            long sharing = deployments.stream()
                    .filter(other -> name.equals(PodTemplates.podSpec(other).getServiceAccountName()) && Objects.equals(other.namespace(), deployment.namespace()))
                    .count();
            List<String> problems = new ArrayList<>();
            if (name.equals("default") || account.isEmpty() || sharing > 1) {
                problems.add("must run as its own ServiceAccount declared in the overlay (uses '" + name + "'"
                        + (sharing > 1 ? ", shared by " + sharing + " Deployments" : "") + ")");
            }
            if (account.isPresent() && account.get().object().getMetadata().getAnnotations().containsKey(IRSA_ANNOTATION)) {
                problems.add("uses IRSA (" + IRSA_ANNOTATION + "); bind the role with an EKS Pod Identity association instead");
            }
            if (!Boolean.FALSE.equals(PodTemplates.podSpec(deployment).getAutomountServiceAccountToken())) {
                problems.add("must set automountServiceAccountToken: false (the pods never call the Kubernetes API)");
            }
            problems.forEach(problem -> findings.add(new Finding(KEY, deployment.location(),
                    deployment.subject() + " " + problem + ".",
                    "")));
        }
        return findings;
    }
}
