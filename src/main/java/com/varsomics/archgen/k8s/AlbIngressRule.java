package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Finding;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Ingress makes the AWS Load Balancer Controller build the ALB the architecture describes: internet-facing
 * (reached by CloudFront), HTTPS only with an ACM certificate of sa-east-1 and a TLS 1.3 policy, a regional WAF
 * web ACL, a frontend security group that admits only CloudFront, pod targets with health checks, and backends
 * that exist.
 */
final class AlbIngressRule implements ManifestRule {

    static final String KEY = "k8s.ingress.alb";

    private static final String PREFIX = "alb.ingress.kubernetes.io/";
    private static final String HEALTHCHECK_PATH = PREFIX + "healthcheck-path";

    /** Each required annotation and the values it may take. */
    private static final Map<String, Pattern> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("scheme", Pattern.compile("internet-facing"));
        REQUIRED.put("target-type", Pattern.compile("ip"));
        REQUIRED.put("listen-ports", Pattern.compile("\\[\\s*\\{\\s*\"HTTPS\"\\s*:\\s*443\\s*}\\s*]"));
        REQUIRED.put("ssl-redirect", Pattern.compile("443"));
        REQUIRED.put("certificate-arn", Pattern.compile("arn:aws:acm:sa-east-1:[0-9]{12}:certificate/[0-9a-f-]{36}"));
        REQUIRED.put("ssl-policy", Pattern.compile("ELBSecurityPolicy-TLS13-1-[23]-[A-Za-z0-9-]+"));
        REQUIRED.put("wafv2-acl-arn", Pattern.compile("arn:aws:wafv2:sa-east-1:[0-9]{12}:regional/webacl/[A-Za-z0-9_-]+/[0-9a-f-]{36}"));
        REQUIRED.put("group.name", Pattern.compile("[a-z0-9][a-z0-9.-]*"));
        REQUIRED.put("security-groups", Pattern.compile("\\S+"));
        REQUIRED.put("manage-backend-security-group-rules", Pattern.compile("true"));
    }

    @Override
    public List<Finding> check(Overlay overlay) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Ingress> ingress : overlay.all(Ingress.class)) {
            List<String> problems = new ArrayList<>();
            if (!"alb".equals(ingress.object().getSpec().getIngressClassName())) {
                problems.add("needs ingressClassName: alb (the AWS Load Balancer Controller)");
            }
            Map<String, String> annotations = ingress.object().getMetadata().getAnnotations();
            REQUIRED.forEach((name, allowed) -> {
                String value = annotations.get(PREFIX + name);
                if (value == null || !allowed.matcher(value).matches()) {
                    problems.add("needs annotation " + PREFIX + name + " matching " + allowed.pattern()
                            + (value == null ? "" : " (is '" + value + "')"));
                }
            });
            for (HTTPIngressPath path : paths(ingress)) {
                backendProblem(overlay, ingress, path, annotations.containsKey(HEALTHCHECK_PATH)).ifPresent(problems::add);
            }
            problems.forEach(problem -> findings.add(new Finding(KEY, ingress.location(),
                    ingress.subject() + " " + problem + ".",
                    "")));
        }
        return findings;
    }

    private static List<HTTPIngressPath> paths(Located<Ingress> ingress) {
        return ingress.object().getSpec().getRules().stream()
                .filter(rule -> rule.getHttp() != null)
                .flatMap(rule -> rule.getHttp().getPaths().stream()).toList();
    }

    private static Optional<String> backendProblem(Overlay overlay, Located<Ingress> ingress, HTTPIngressPath path, boolean defaultHealthCheck) {
        IngressServiceBackend backend = path.getBackend().getService();
        if (backend == null) {
            return Optional.of("routes '" + path.getPath() + "' to a backend that is not a Service");
        }
        Optional<Located<Service>> service = overlay.all(Service.class).stream()
                .filter(candidate -> candidate.name().equals(backend.getName()) && Objects.equals(candidate.namespace(), ingress.namespace()))
                .findFirst();
        if (service.isEmpty()) {
            return Optional.of("routes '" + path.getPath() + "' to Service '" + backend.getName() + "', which the overlay does not render");
        }
        boolean portExists = service.get().object().getSpec().getPorts().stream().anyMatch(port ->
                backend.getPort().getName() != null ? backend.getPort().getName().equals(port.getName())
                        : Objects.equals(backend.getPort().getNumber(), port.getPort()));
        if (!portExists) {
            return Optional.of("routes '" + path.getPath() + "' to a port Service '" + backend.getName() + "' does not expose");
        }
        if (!defaultHealthCheck && !service.get().object().getMetadata().getAnnotations().containsKey(HEALTHCHECK_PATH)) {
            return Optional.of("has no health check path for Service '" + backend.getName() + "' (annotation " + HEALTHCHECK_PATH + ")");
        }
        return Optional.empty();
    }
}
