package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: Alarms, CloudFront, AWS WAF and DNSSEC (observability and edge stacks). */
final class EdgeResults {

    private EdgeResults() {
    }

    static List<String> alarms(AwsCommand c, Template t) {
        requireFields(c, List.of("AlarmName", "StateValue"));
        String prefix = c.option("alarm-name-prefix");
        List<String> names = t.ofType("AWS::CloudWatch::Alarm").stream()
                .map(alarm -> alarm.getValue().path("Properties").path("AlarmName").asText())
                .filter(name -> prefix == null || name.startsWith(prefix)).sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + names.size() + " alarmes em OK (INSUFFICIENT_DATA nos primeiros minutos):");
        lines.addAll(wrap(names, "  "));
        return lines;
    }

    static List<String> distribution(AwsCommand c, Template t) {
        JsonNode config = properties(t, c.outputTarget(t)).path("DistributionConfig");
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("WebACLId", () -> Value.text("ARN da web ACL " + properties(t, Template.target(config.path("WebACLId"))).path("Name").asText()
                + " (escopo CLOUDFRONT)"));
        fields.put("ViewerCertificate.MinimumProtocolVersion", () -> Value.json(quote(config.path("ViewerCertificate").path("MinimumProtocolVersion").asText())));
        fields.put("PriceClass", () -> Value.json(quote(config.path("PriceClass").asText("PriceClass_All"))));
        fields.put("HttpVersion", () -> Value.json(quote(config.path("HttpVersion").asText("http2"))));
        fields.put("Logging.Enabled", () -> Value.json(String.valueOf(config.has("Logging"))));
        fields.put("CacheBehaviors.Items[].PathPattern", () -> Value.json(jsonList(stream(config.path("CacheBehaviors"))
                .map(b -> quote(b.path("PathPattern").asText())).toList())));
        return fields(c, fields);
    }

    static List<String> webAcl(AwsCommand c, Template t) {
        requireFields(c, List.of("WebACL.Rules[].Name"));
        JsonNode acl = byName(t, "AWS::WAFv2::WebACL", "Name", c.option("name"));
        List<String> rules = stream(acl.path("Rules")).sorted(Comparator.comparingInt(r -> r.path("Priority").asInt()))
                .map(r -> r.path("Name").asText()).toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + rules.size() + " regras, na ordem de prioridade:");
        lines.addAll(wrap(rules, "  "));
        return lines;
    }

    static List<String> dnssec(AwsCommand c, Template t) {
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("Status.ServeSignature", () -> Value.json(quote("SIGNING")));
        fields.put("KeySigningKeys[].Status", () -> Value.json(jsonList(t.ofType("AWS::Route53::KeySigningKey").stream()
                .map(k -> quote(k.getValue().path("Properties").path("Status").asText())).toList())));
        List<String> lines = new ArrayList<>(fields(c, fields));
        lines.add("obs.: a zona assina, mas a cadeia de confiança só existe depois do registro DS no domínio pai (passo manual)");
        return lines;
    }
}
