package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: Aurora cluster, its parameter group and RDS Proxy (data stack). */
final class DatabaseResults {

    private DatabaseResults() {
    }

    static List<String> databaseCluster(AwsCommand c, Template t) {
        String id = c.outputTarget(t);
        JsonNode cluster = properties(t, id);
        List<JsonNode> instances = t.ofType("AWS::RDS::DBInstance").stream().map(Map.Entry::getValue)
                .filter(i -> id.equals(Template.target(i.path("Properties").path("DBClusterIdentifier")))).toList();
        long zones = instances.stream().map(i -> i.path("Properties").path("AvailabilityZone").asText()).distinct().count();
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("EngineVersion", () -> Value.json(quote(cluster.path("EngineVersion").asText())));
        fields.put("MultiAZ", () -> Value.json(String.valueOf(zones > 1)));
        fields.put("StorageEncrypted", () -> Value.json(String.valueOf(cluster.path("StorageEncrypted").asBoolean(false))));
        fields.put("BackupRetentionPeriod", () -> Value.json(String.valueOf(cluster.path("BackupRetentionPeriod").asInt(1))));
        fields.put("MasterUserSecret.SecretStatus", () -> Value.json(cluster.path("ManageMasterUserPassword").asBoolean(false)
                ? quote("active") : "null"));
        fields.put("DBClusterMembers[].IsClusterWriter", () -> {
            List<String> members = new ArrayList<>(List.of("true"));
            for (int i = 1; i < instances.size(); i++) {
                members.add("false");
            }
            return Value.json(jsonList(members));
        });
        List<String> lines = new ArrayList<>(fields(c, fields));
        if (instances.size() > 1 && c.queries("DBClusterMembers[].IsClusterWriter")) {
            lines.add("obs.: um writer e " + (instances.size() - 1) + " reader, em " + zones + " AZs; a ordem dos membros pode variar");
        }
        return lines;
    }

    /** The parameters the group sets ({@code --source user}), which RDS lists by name. */
    static List<String> clusterParameters(AwsCommand c, Template t) {
        JsonNode parameters = properties(t, c.outputTarget(t)).path("Parameters");
        Map<String, String> byName = new TreeMap<>();
        parameters.properties().forEach(parameter -> byName.put(parameter.getKey(), parameter.getValue().asText()));
        List<String> lines = new ArrayList<>(List.of("esperado: " + byName.size() + " parâmetros definidos pelo usuário:"));
        byName.forEach((name, value) -> lines.add("  [" + quote(name) + ", " + quote(value) + "]"));
        return lines;
    }

    static List<String> databaseProxy(AwsCommand c, Template t) {
        JsonNode proxy = byName(t, "AWS::RDS::DBProxy", "DBProxyName", c.option("db-proxy-name"));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("RequireTLS", () -> Value.json(String.valueOf(proxy.path("RequireTLS").asBoolean(false))));
        fields.put("DefaultAuthScheme", () -> Value.json(quote(proxy.path("DefaultAuthScheme").asText("NONE"))));
        fields.put("Status", () -> Value.json(quote("available")));
        return fields(c, fields);
    }
}
