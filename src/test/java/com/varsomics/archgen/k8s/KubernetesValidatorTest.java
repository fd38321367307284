package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.ExpectedFinding;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fixture under k8s/invalid breaks exactly one rule on top of the valid prod overlay (checked against
 * workspaces/k8s.dsl); each model fixture breaks the consistency between model and manifests in one way.
 */
class KubernetesValidatorTest {

    private static List<Finding> findings(String fixture, String overlay, String workspace) {
        var parsed = K8sFixtures.parse(fixture, overlay);
        assertThat(parsed.findings()).as("strict parsing of " + fixture).isEmpty();
        return KubernetesValidator.standard(Fixtures.load(workspace)).findings(parsed.overlay());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "prod"})
    void validate_AcceptsOverlaysThatFollowEveryRule(String overlay) {
        assertThat(findings("valid/overlays/" + overlay, overlay, "k8s.dsl")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            replicas-below-minimum    | k8s.deployment.replicas       | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod') runs 2 replica(s); prod needs at least 3. | Raise `replicas` in the overlay's kustomization.yaml.
            writable-root-filesystem  | k8s.pod.securityContext       | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod'), container 'api' needs readOnlyRootFilesystem: true in its securityContext (restricted Pod Security Standard). |
            no-readiness-probe        | k8s.container.probes          | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod'), container 'api' has no readinessProbe. | Add startup, liveness and readiness probes on a declared containerPort.
            no-cpu-limit              | k8s.container.resources       | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod'), container 'api' has no limits.cpu. | Set cpu and memory requests and limits (limits >= requests).
            no-zone-spread            | k8s.deployment.topologySpread | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod') does not spread its pods over zones. | Add a topologySpreadConstraint with topologyKey topology.kubernetes.io/zone, maxSkew 1, whenUnsatisfiable DoNotSchedule and a labelSelector that selects its pods.
            latest-image              | k8s.image.immutable           | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod'), container 'api' uses image '111122223333.dkr.ecr.sa-east-1.amazonaws.com/proteomics/api:latest', which is not an immutable ECR reference. | Pin <account>.dkr.ecr.sa-east-1.amazonaws.com/proteomics/<name>@sha256:<digest> (or a commit or vX.Y.Z tag) in the overlay with `kustomize edit set image`.
            autoscaler-below-minimum  | k8s.workload.hpa              | k8s/valid/base/api.yaml | HorizontalPodAutoscaler 'api' (overlay 'prod') scales between 2 and 9 with 1 metric(s); prod needs minReplicas >= 3, maxReplicas above it and at least one metric. |
            budget-blocks-drains      | k8s.workload.pdb              | k8s/valid/base/api.yaml | PodDisruptionBudget 'api' (overlay 'prod') allows no eviction of api's pods, which blocks node drains. | Use maxUnavailable: 1.
            irsa-service-account      | k8s.workload.serviceAccount   | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod') uses IRSA (eks.amazonaws.com/role-arn); bind the role with an EKS Pod Identity association instead. |
            namespace-not-restricted  | k8s.namespace.podSecurity     | k8s/valid/base/platform.yaml | Namespace 'fixture' (overlay 'prod') needs the label(s) pod-security.kubernetes.io/enforce set to 'restricted'. |
            no-default-deny           | k8s.networkPolicy.defaultDeny |  | namespace 'fixture' (overlay 'prod') has no default-deny NetworkPolicy. | Add one with podSelector: {}, policyTypes [Ingress, Egress] and no rules.
            unexplained-allow         | k8s.networkPolicy.reason      | k8s/valid/base/platform.yaml | NetworkPolicy 'allow-dns' (overlay 'prod') allows traffic to or from outside the namespace's pods without saying why. | Add the annotation proteomics.varsomics.com/reason naming what is on the other side.
            secret-object             | k8s.secret.none               | k8s/invalid/secret-object/secret.yaml | Secret 'database' (overlay 'prod') puts a secret in the repository. | Keep the value in AWS Secrets Manager and declare an ExternalSecret instead.
            inline-password           | k8s.secret.none               | k8s/valid/base/web.yaml | Deployment 'web' (overlay 'prod'), container 'web' sets DATABASE_PASSWORD inline. | Read it from a Secret filled by an ExternalSecret (secretKeyRef).
            unmanaged-secret          | k8s.secret.none               | k8s/valid/base/api.yaml | Deployment 'api' (overlay 'prod') reads Secret 'api-tls', which no ExternalSecret of the overlay creates. | Declare one that reads AWS Secrets Manager with target.name 'api-tls'.
            service-targets-undeclared-port | k8s.service.selector    | k8s/valid/base/api.yaml | Service 'api' (overlay 'prod') port 'http' targets a port that Deployment 'api' does not declare. | Use a containerPort name or number.
            internal-alb              | k8s.ingress.alb               | k8s/valid/base/platform.yaml | Ingress 'public' (overlay 'prod') needs annotation alb.ingress.kubernetes.io/scheme matching internet-facing (is 'internal'). |
            placeholder-account       | k8s.overlay.placeholder       | k8s/valid/base/platform.yaml | ClusterSecretStore 'aws' (overlay 'prod') still has the placeholder account 000000000000 at 'spec.provider.aws.role'. | Patch the value of this environment in the overlay's kustomization.yaml.
            web-egress-to-api-removed | k8s.model.networkPolicy       | k8s.dsl:7 | relationship 'web -> api' is between EKS workloads, but overlay 'prod' has no NetworkPolicy allowing egress from 'web' pods to 'api' pods. | Add that pod-to-pod allow.
            """)
    void validate_ReportsExactlyTheBrokenRule_WithFileObjectAndRemedy(String fixture, String rule, String location, String message, String remedy) {
        assertThat(findings("invalid/" + fixture, "prod", "k8s.dsl")).containsExactly(ExpectedFinding.of(rule, location, message, remedy));
    }

    @Test
    void modelConsistency_RequiresTheDeploymentProperty_OnEveryContainerThatRunsOnEks() {
        assertThat(findings("valid/overlays/prod", "prod", "k8s-worker-without-property.dsl")).containsExactly(new Finding(DeploymentModelRule.KEY, new Location("k8s-worker-without-property.dsl", 17),
                "element 'worker' (\"Worker\") runs on Amazon EKS but has no property k8s.deployment.",
                "Add \"k8s.deployment\" \"<name>\" to its properties, naming its Deployment in deploy/k8s."));
    }

    @Test
    void modelConsistency_RequiresADeploymentInEveryOverlay_ForEveryDeclaredWorkload() {
        assertThat(findings("valid/overlays/staging", "staging", "k8s-worker-without-manifests.dsl")).containsExactly(new Finding(DeploymentModelRule.KEY, new Location("k8s-worker-without-manifests.dsl", 17),
                "element 'worker' (\"Worker\") has k8s.deployment 'worker', but overlay 'staging' renders no Deployment 'worker'.",
                "Add its manifests under deploy/k8s/base or fix the property."));
    }

    @Test
    void modelConsistency_RejectsADeploymentTheModelDoesNotKnow() {
        assertThat(findings("valid/overlays/prod", "prod", "k8s-renamed-deployment.dsl")).contains(new Finding(DeploymentModelRule.KEY, Location.of("k8s/valid/base/api.yaml"),
                "Deployment 'api' (overlay 'prod') runs no container of k8s-renamed-deployment.dsl (none has k8s.deployment 'api').",
                "Add the property to the container it runs, or remove the Deployment."));
    }

    @Test
    void modelConsistency_RejectsPodToPodAllows_ThatNoRelationshipExplains() {
        assertThat(findings("valid/overlays/prod", "prod", "k8s-without-web-to-api.dsl")).containsExactly(
                new Finding(NetworkPolicyModelRule.KEY, Location.of("k8s/valid/base/api.yaml"),
                        "NetworkPolicy 'api-from-web' (overlay 'prod') allows ingress from 'web' pods to 'api' pods, but k8s-without-web-to-api.dsl has no relationship between the containers they run.",
                        "Add the relationship to the model, or remove the allow."),
                new Finding(NetworkPolicyModelRule.KEY, Location.of("k8s/valid/base/web.yaml"),
                        "NetworkPolicy 'web-to-api' (overlay 'prod') allows egress from 'web' pods to 'api' pods, but k8s-without-web-to-api.dsl has no relationship between the containers they run.",
                        "Add the relationship to the model, or remove the allow."));
    }
}
