package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: Subnets, flow logs and VPC endpoints (network stack). */
final class NetworkResults {

    private NetworkResults() {
    }

    static List<String> subnets(AwsCommand c, Template t) {
        requireFields(c, List.of("AvailabilityZone", "CidrBlock", "MapPublicIpOnLaunch"));
        Map<String, List<String>> byZone = new TreeMap<>();
        boolean anyPublicIp = false;
        for (Map.Entry<String, JsonNode> subnet : t.ofType("AWS::EC2::Subnet")) {
            JsonNode p = subnet.getValue().path("Properties");
            byZone.computeIfAbsent(p.path("AvailabilityZone").asText(), zone -> new ArrayList<>()).add(p.path("CidrBlock").asText());
            anyPublicIp |= p.path("MapPublicIpOnLaunch").asBoolean(false);
        }
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + t.ofType("AWS::EC2::Subnet").size() + " linhas, MapPublicIpOnLaunch "
                + (anyPublicIp ? "True em alguma" : "False em todas") + ":");
        byZone.forEach((zone, cidrs) -> lines.add("  " + zone + ": " + String.join(", ", cidrs)));
        return lines;
    }

    static List<String> flowLogs(AwsCommand c, Template t) {
        requireFields(c, List.of("FlowLogs[].FlowLogStatus"));
        int count = t.ofType("AWS::EC2::FlowLog").size();
        return List.of("esperado: " + jsonList(java.util.Collections.nCopies(count, quote("ACTIVE"))));
    }

    static List<String> vpcEndpoints(AwsCommand c, Template t) {
        requireFields(c, List.of("VpcEndpoints[].ServiceName"));
        List<String> services = t.ofType("AWS::EC2::VPCEndpoint").stream()
                .map(endpoint -> t.literal(endpoint.getValue().path("Properties").path("ServiceName")))
                .sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + services.size() + " endpoints, em qualquer ordem:");
        lines.addAll(wrap(services, "  "));
        return lines;
    }
}
