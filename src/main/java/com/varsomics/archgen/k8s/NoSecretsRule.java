package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * No secret value is in the repository: no Secret objects, no secret-looking literal in env vars or ConfigMaps,
 * and every Secret a pod reads is one an ExternalSecret fills from AWS Secrets Manager.
 */
final class NoSecretsRule implements ManifestRule {

    static final String KEY = "k8s.secret.none";

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|api_?key|private_?key|credential).*");

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        overlay.all(Secret.class).forEach(secret -> findings.add(new Finding(KEY, secret.location(),
                secret.subject() + " puts a secret in the repository.",
                "Keep the value in AWS Secrets Manager and declare an ExternalSecret instead.")));
        for (Located<ConfigMap> configMap : overlay.all(ConfigMap.class)) {
            configMap.object().getData().keySet().stream().filter(key -> SECRET_NAME.matcher(key).matches())
                    .forEach(key -> findings.add(new Finding(KEY, configMap.location(),
                            configMap.subject() + " has key '" + key + "', which looks like a secret.",
                            "Move it to AWS Secrets Manager and read it through an ExternalSecret.")));
        }
        Set<String> externalSecrets = overlay.custom("ExternalSecret").stream().map(NoSecretsRule::targetSecret).collect(Collectors.toSet());
        for (Located<Deployment> deployment : overlay.all(Deployment.class)) {
            for (Container container : PodTemplates.allContainers(deployment)) {
                container.getEnv().stream().filter(env -> env.getValue() != null && SECRET_NAME.matcher(env.getName()).matches())
                        .forEach(env -> findings.add(new Finding(KEY, deployment.location(), PodTemplates.subject(deployment, container)
                                + " sets " + env.getName() + " inline.", "Read it from a Secret filled by an ExternalSecret (secretKeyRef).")));
            }
            secretsRead(deployment).filter(name -> !externalSecrets.contains(deployment.namespace() + "/" + name))
                    .forEach(name -> findings.add(new Finding(KEY, deployment.location(),
                            deployment.subject() + " reads Secret '" + name + "', which no ExternalSecret of the overlay creates.",
                            "Declare one that reads AWS Secrets Manager with target.name '" + name + "'.")));
        }
        return findings;
    }

    /** Secrets the pods read: env values, whole env sources and volumes. */
    private static Stream<String> secretsRead(Located<Deployment> deployment) {
        Stream<String> fromContainers = PodTemplates.allContainers(deployment).stream().flatMap(container -> Stream.concat(
                container.getEnv().stream().map(EnvVar::getValueFrom).filter(Objects::nonNull)
                        .map(source -> source.getSecretKeyRef() != null ? source.getSecretKeyRef().getName() : null),
                container.getEnvFrom().stream().map(EnvFromSource::getSecretRef).filter(Objects::nonNull).map(reference -> reference.getName())));
        Stream<String> fromVolumes = PodTemplates.podSpec(deployment).getVolumes().stream()
                .map(volume -> volume.getSecret() != null ? volume.getSecret().getSecretName() : null);
        return Stream.concat(fromContainers, fromVolumes).filter(Objects::nonNull).distinct();
    }

    private static String targetSecret(Located<GenericKubernetesResource> externalSecret) {
        return externalSecret.namespace() + "/" + externalSecret.source().content().path("spec").path("target").path("name").asString();
    }
}
