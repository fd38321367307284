package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Images come from the platform's ECR repositories in sa-east-1 and are pinned by digest (or an immutable
 * commit or release tag), so what runs is exactly what the pipeline built and scanned; never {@code latest}.
 */
final class ImmutableImageRule implements ManifestRule {

    static final String KEY = "k8s.image.immutable";

    private static final Pattern PINNED_ECR_IMAGE = Pattern.compile(
            "[0-9]{12}\\.dkr\\.ecr\\.sa-east-1\\.amazonaws\\.com/proteomics/[a-z0-9-]+(@sha256:[0-9a-f]{64}|:[0-9a-f]{40}|:v[0-9]+\\.[0-9]+\\.[0-9]+)");

    @Override
    public List<Finding> check(Overlay overlay) {
        return overlay.all(Deployment.class).stream()
                .flatMap(deployment -> PodTemplates.allContainers(deployment).stream()
                        .filter(container -> container.getImage() == null || !PINNED_ECR_IMAGE.matcher(container.getImage()).matches())
                        .map(container -> new Finding(KEY, deployment.location(), PodTemplates.subject(deployment, container)
                                + " uses image '" + container.getImage() + "', which is not an immutable ECR reference.",
                                "Pin <account>.dkr.ecr.sa-east-1.amazonaws.com/proteomics/<name>@sha256:<digest> (or a commit or "
                                + "vX.Y.Z tag) in the overlay with `kustomize edit set image`.")))
                .toList();
    }
}
