package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: The EKS cluster, its add-ons, Pod Identity associations and access entries (compute stack). */
final class ClusterResults {

    /** Namespace of the ServiceAccounts that managed add-ons bind with EKS Pod Identity. */
    private static final Map<String, String> ADDON_NAMESPACES = Map.of(
            "vpc-cni", "kube-system",
            "amazon-cloudwatch-observability", "amazon-cloudwatch",
            "aws-ebs-csi-driver", "kube-system");

    private ClusterResults() {
    }

    static List<String> cluster(AwsCommand c, Template t) {
        JsonNode cluster = properties(t, c.outputTarget(t));
        JsonNode vpc = cluster.path("ResourcesVpcConfig");
        boolean publicEndpoint = vpc.path("EndpointPublicAccess").asBoolean(true);
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("status", () -> Value.json(quote("ACTIVE")));
        fields.put("version", () -> Value.json(quote(cluster.path("Version").asText())));
        fields.put("accessConfig.authenticationMode", () -> Value.json(quote(cluster.path("AccessConfig").path("AuthenticationMode").asText("CONFIG_MAP"))));
        fields.put("resourcesVpcConfig.endpointPublicAccess", () -> Value.json(String.valueOf(publicEndpoint)));
        fields.put("resourcesVpcConfig.publicAccessCidrs", () -> Value.json(publicEndpoint && vpc.has("PublicAccessCidrs")
                ? jsonList(stream(vpc.path("PublicAccessCidrs")).map(cidr -> quote(cidr.asText())).toList())
                : jsonList(List.of(quote("0.0.0.0/0")))));
        fields.put("upgradePolicy.supportType", () -> Value.json(quote(cluster.path("UpgradePolicy").path("SupportType").asText("EXTENDED"))));
        List<String> lines = new ArrayList<>(fields(c, fields));
        if (!publicEndpoint && c.queries("resourcesVpcConfig.publicAccessCidrs")) {
            lines.add("obs.: publicAccessCidrs mostra o padrão 0.0.0.0/0, sem efeito com o endpoint público desligado");
        }
        return lines;
    }

    static List<String> addons(AwsCommand c, Template t) {
        List<String> names = t.ofType("AWS::EKS::Addon").stream()
                .map(addon -> addon.getValue().path("Properties").path("AddonName").asText()).sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: \"addons\" com " + names.size() + " nomes:");
        lines.addAll(wrap(names, "  "));
        return lines;
    }

    static List<String> podIdentityAssociations(AwsCommand c, Template t) {
        requireFields(c, List.of("namespace", "serviceAccount"));
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> association : t.ofType("AWS::EKS::PodIdentityAssociation")) {
            JsonNode p = association.getValue().path("Properties");
            pairs.add(p.path("Namespace").asText() + "/" + p.path("ServiceAccount").asText());
        }
        for (Map.Entry<String, JsonNode> addon : t.ofType("AWS::EKS::Addon")) {
            JsonNode p = addon.getValue().path("Properties");
            for (JsonNode association : p.path("PodIdentityAssociations")) {
                String namespace = ADDON_NAMESPACES.get(p.path("AddonName").asText());
                if (namespace == null) {
                    throw new IllegalStateException("unknown namespace of add-on " + p.path("AddonName").asText());
                }
                pairs.add(namespace + "/" + association.path("ServiceAccount").asText());
            }
        }
        pairs.sort(null);
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + pairs.size() + " linhas (namespace/serviceAccount):");
        lines.addAll(wrap(pairs, "  "));
        return lines;
    }

    static List<String> accessEntries(AwsCommand c, Template t) {
        List<String> roles = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : t.ofType("AWS::EKS::AccessEntry")) {
            JsonNode principal = entry.getValue().path("Properties").path("PrincipalArn");
            // An operator's role (IAM Identity Center, ARN from context) is a literal; the app's roles are references.
            roles.add(principal.isTextual() ? principal.asText().substring(principal.asText().lastIndexOf('/') + 1)
                    : roleName(t, Template.target(principal)));
        }
        roles.sort(null);
        List<String> nodeGroups = t.ofType("AWS::EKS::Nodegroup").stream()
                .map(group -> group.getValue().path("Properties").path("NodegroupName").asText()).sorted().toList();
        int total = roles.size() + nodeGroups.size();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + total + " ARNs de papel: " + String.join(", ", roles)
                + (nodeGroups.isEmpty() ? "" : " e o papel dos nós do grupo gerenciado " + String.join(", ", nodeGroups)));
        if (!nodeGroups.isEmpty()) {
            lines.add("obs.: a entrada do grupo de nós gerenciado é criada pelo próprio EKS; nenhuma entrada para quem criou o cluster");
        }
        return lines;
    }
}
