package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: Amazon ECR: repositories, creation templates, replication and scanning (compute and delivery stacks). */
final class RegistryResults {

    private RegistryResults() {
    }

    static List<String> repositoryCreationTemplates(AwsCommand c, Template t) {
        String prefix = c.option("prefixes");
        JsonNode template = byName(t, "AWS::ECR::RepositoryCreationTemplate", "Prefix", prefix);
        String lifecycle = template.path("LifecyclePolicy").asText();
        Matcher description = Pattern.compile("\"description\":\"([^\"]+)\"").matcher(lifecycle);
        return List.of("esperado: modelo do prefixo " + prefix + " aplicado a " + stream(template.path("AppliedFor")).map(JsonNode::asText)
                        .collect(Collectors.joining(", ")) + ": " + template.path("ImageTagMutability").asText() + ", criptografia "
                        + template.path("EncryptionConfiguration").path("EncryptionType").asText()
                        + (description.find() ? ", ciclo de vida \"" + description.group(1) + "\"" : ""));
    }

    static List<String> repositories(AwsCommand c, Template t) {
        requireFields(c, List.of("repositoryName", "imageTagMutability", "encryptionConfiguration.encryptionType"));
        List<String> lines = new ArrayList<>();
        List<String> names = c.options("repository-names");
        lines.add("esperado: " + names.size() + " linhas:");
        for (String name : names) {
            JsonNode repository = byName(t, "AWS::ECR::Repository", "RepositoryName", name);
            lines.add("  " + name + " | " + repository.path("ImageTagMutability").asText("MUTABLE") + " | "
                    + repository.path("EncryptionConfiguration").path("EncryptionType").asText("AES256"));
        }
        return lines;
    }

    static List<String> registryReplication(AwsCommand c, Template t) {
        requireFields(c, List.of("replicationConfiguration.rules[].destinations"));
        JsonNode rules = t.single("AWS::ECR::ReplicationConfiguration").path("Properties").path("ReplicationConfiguration").path("Rules");
        List<String> lines = new ArrayList<>();
        for (JsonNode rule : rules) {
            lines.add("  " + stream(rule.path("Destinations")).map(d -> "{\"region\": " + quote(d.path("Region").asText())
                    + ", \"registryId\": " + quote(d.path("RegistryId").asText()) + "}").collect(Collectors.joining(", ")));
        }
        lines.addFirst("esperado: " + rules.size() + (rules.size() == 1 ? " regra" : " regras") + " com os destinos:");
        return lines;
    }

    static List<String> registryScanning(AwsCommand c, Template t) {
        JsonNode scanning = t.single("AWS::ECR::RegistryScanningConfiguration").path("Properties");
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("scanType", () -> Value.json(quote(scanning.path("ScanType").asText())));
        fields.put("rules[].scanFrequency", () -> Value.json(jsonList(stream(scanning.path("Rules"))
                .map(r -> quote(r.path("ScanFrequency").asText())).toList())));
        return fields(c, fields);
    }
}
