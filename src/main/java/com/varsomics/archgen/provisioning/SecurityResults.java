package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: Key rotation, external access, the user pool, the certificate and the RDS-managed secret (security and identity stacks, ACM at the edge). */
final class SecurityResults {

    private SecurityResults() {
    }

    static List<String> keyRotation(AwsCommand c, Template t) {
        JsonNode key = properties(t, c.outputTarget(t));
        int days = key.path("RotationPeriodInDays").asInt(365);
        return List.of("esperado: \"KeyRotationEnabled\": " + key.path("EnableKeyRotation").asBoolean(false)
                + ", \"RotationPeriodInDays\": " + days);
    }

    static List<String> accessAnalyzerFindings(AwsCommand c, Template t) {
        return List.of("esperado: nenhum achado ACTIVE, exceto os papéis cdk-" + t.bootstrapQualifier()
                        + "-* do bootstrap, que confiam de propósito na conta de ferramentas",
                "obs.: arquive esses com uma regra de arquivamento; qualquer outro achado é acesso externo não previsto");
    }

    static List<String> userPool(AwsCommand c, Template t) {
        JsonNode pool = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("MfaConfiguration", () -> Value.json(quote(pool.path("MfaConfiguration").asText("OFF"))));
        fields.put("UserPoolTier", () -> Value.json(quote(pool.path("UserPoolTier").asText("ESSENTIALS"))));
        fields.put("Policies.PasswordPolicy.MinimumLength", () -> Value.json(pool.path("Policies").path("PasswordPolicy").path("MinimumLength").asText("8")));
        fields.put("UserPool.Policies.PasswordPolicy.MinimumLength", fields.get("Policies.PasswordPolicy.MinimumLength"));
        fields.put("DeletionProtection", () -> Value.json(quote(pool.path("DeletionProtection").asText("INACTIVE"))));
        return fields(c, fields);
    }

    static List<String> secretRotation(AwsCommand c, Template t) {
        String id = c.outputTarget(t);
        JsonNode resource = t.resource(id);
        if (!"AWS::RDS::DBCluster".equals(resource.path("Type").asText())
                || !resource.path("Properties").path("ManageMasterUserPassword").asBoolean(false)) {
            throw new IllegalStateException("only the RDS-managed master user secret is supported");
        }
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("RotationEnabled", () -> Value.json("true"));
        fields.put("RotationRules", () -> Value.text("rotação a cada 7 dias, agendada pelo próprio RDS (ManageMasterUserPassword)"));
        return fields(c, fields);
    }

    static List<String> certificate(AwsCommand c, Template t) {
        JsonNode certificate = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("Status", () -> Value.json(quote("ISSUED")));
        fields.put("DomainName", () -> Value.json(quote(certificate.path("DomainName").asText())));
        List<String> lines = new ArrayList<>(fields(c, fields));
        lines.add("obs.: PENDING_VALIDATION até o registro CNAME de validação propagar na zona hospedada");
        if (c.queries("DomainName")) {
            lines.add("obs.: o domínio acima é o do cdk.json (produção); em homologação, o DOMINIO do ambiente");
        }
        return lines;
    }
}
