package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.varsomics.archgen.provisioning.ExpectedValues.*;

/** Expected results of the guide's {@code aws} checks: Queues, AWS Batch, the state machine, EventBridge rules and SES (compute and workflow stacks). */
final class WorkflowResults {

    /** {@code contains(EventPattern || '', '...')}: rules without an event pattern (scheduled ones) have a null one. */
    private static final Pattern CONTAINS_FILTER = Pattern.compile("contains\\(EventPattern \\|\\| '', '([^']+)'\\)");

    private WorkflowResults() {
    }

    static List<String> queueAttributes(AwsCommand c, Template t) {
        String id = c.outputTarget(t);
        JsonNode queue = properties(t, id);
        List<String> lines = new ArrayList<>();
        lines.add("esperado (\"Attributes\", valores como texto):");
        for (String attribute : c.options("attribute-names")) {
            String value = switch (attribute) {
                case "MessageRetentionPeriod" -> quote(queue.path("MessageRetentionPeriod").asText("345600"));
                case "VisibilityTimeout" -> quote(queue.path("VisibilityTimeout").asText("30"));
                case "RedrivePolicy" -> {
                    JsonNode redrive = queue.path("RedrivePolicy");
                    if (redrive.isMissingNode()) {
                        yield "ausente";
                    }
                    String deadLetter = properties(t, Template.target(redrive.path("deadLetterTargetArn"))).path("QueueName").asText("(nome gerado)");
                    yield "maxReceiveCount " + redrive.path("maxReceiveCount").asInt() + ", deadLetterTargetArn da fila " + deadLetter;
                }
                case "KmsMasterKeyId" -> queue.has("KmsMasterKeyId") ? "ARN de uma chave KMS do cliente (não alias/aws/sqs)" : "ausente (SSE-SQS)";
                default -> throw new UnknownField(attribute);
            };
            lines.add("  " + attribute + ": " + value);
        }
        return lines;
    }

    static List<String> jobQueue(AwsCommand c, Template t) {
        JsonNode queue = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("computeEnvironmentOrder", () -> Value.text(stream(queue.path("ComputeEnvironmentOrder"))
                .sorted(Comparator.comparingInt(o -> o.path("Order").asInt()))
                .map(order -> {
                    JsonNode compute = properties(t, Template.target(order.path("ComputeEnvironment"))).path("ComputeResources");
                    return order.path("Order").asInt() + " = " + ("SPOT".equals(compute.path("Type").asText()) ? "Spot" : "On-Demand")
                            + " (" + compute.path("AllocationStrategy").asText() + ", até " + compute.path("MaxvCpus").asInt() + " vCPU)";
                }).collect(Collectors.joining("; "))));
        fields.put("jobStateTimeLimitActions", () -> Value.text(stream(queue.path("JobStateTimeLimitActions"))
                .map(action -> action.path("Action").asText() + " após " + action.path("MaxTimeSeconds").asInt() + " s em "
                        + action.path("State").asText() + " por " + action.path("Reason").asText())
                .collect(Collectors.joining("; "))));
        return fields(c, fields);
    }

    static List<String> jobDefinition(AwsCommand c, Template t) {
        JsonNode definition = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("containerProperties.resourceRequirements", () -> Value.text(stream(definition.path("ContainerProperties").path("ResourceRequirements"))
                .sorted(Comparator.comparing(r -> r.path("Type").asText(), Comparator.reverseOrder()))
                .map(r -> r.path("Type").asText() + " " + r.path("Value").asText() + ("MEMORY".equals(r.path("Type").asText()) ? " MiB" : ""))
                .collect(Collectors.joining(", "))));
        fields.put("timeout", () -> Value.text("attemptDurationSeconds " + definition.path("Timeout").path("AttemptDurationSeconds").asInt()));
        fields.put("retryStrategy", () -> {
            JsonNode retry = definition.path("RetryStrategy");
            return Value.text("attempts " + retry.path("Attempts").asInt() + "; " + stream(retry.path("EvaluateOnExit"))
                    .map(rule -> rule.path("Action").asText() + " em " + (rule.has("OnStatusReason")
                            ? "statusReason '" + rule.path("OnStatusReason").asText() + "'" : "reason '" + rule.path("OnReason").asText() + "'"))
                    .collect(Collectors.joining(", ")));
        });
        return fields(c, fields);
    }

    static List<String> stateMachine(AwsCommand c, Template t) {
        JsonNode machine = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("type", () -> Value.json(quote(machine.path("StateMachineType").asText("STANDARD"))));
        fields.put("loggingConfiguration.level", () -> Value.json(quote(machine.path("LoggingConfiguration").path("Level").asText("OFF"))));
        fields.put("loggingConfiguration.includeExecutionData", () -> Value.json(machine.path("LoggingConfiguration").path("IncludeExecutionData").asText("false")));
        fields.put("tracingConfiguration.enabled", () -> Value.json(machine.path("TracingConfiguration").path("Enabled").asText("false")));
        return fields(c, fields);
    }

    static List<String> eventRules(AwsCommand c, Template t) {
        Matcher filter = CONTAINS_FILTER.matcher(c.query());
        if (!filter.find()) {
            throw new UnknownField(c.query());
        }
        requireFields(c, List.of("Name", "State"));
        String detailType = filter.group(1);
        List<JsonNode> rules = t.ofType("AWS::Events::Rule").stream().map(rule -> rule.getValue().path("Properties"))
                .filter(p -> stream(p.path("EventPattern").path("detail-type")).anyMatch(d -> d.asText().contains(detailType))).toList();
        String states = rules.stream().map(p -> p.path("State").asText("ENABLED")).distinct().collect(Collectors.joining(", "));
        return List.of("esperado: " + rules.size() + (rules.size() == 1 ? " regra" : " regras") + " com nome gerado pelo CloudFormation, "
                + states);
    }

    static List<String> emailIdentity(AwsCommand c, Template t) {
        // "$DOMINIO": the environment's domain, the one identity the template verifies
        String identity = c.option("email-identity");
        if (identity.startsWith("$")) {
            t.single("AWS::SES::EmailIdentity");
        } else {
            byName(t, "AWS::SES::EmailIdentity", "EmailIdentity", identity);
        }
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("VerifiedForSendingStatus", () -> Value.json("true"));
        fields.put("DkimAttributes.Status", () -> Value.json(quote("SUCCESS")));
        fields.put("MailFromAttributes.MailFromDomainStatus", () -> Value.json(quote("SUCCESS")));
        List<String> lines = new ArrayList<>(fields(c, fields));
        List<String> records = new ArrayList<>();
        if (c.queries("DkimAttributes.Status")) {
            records.add("DKIM");
        }
        if (c.queries("MailFromAttributes.MailFromDomainStatus")) {
            records.add("MAIL FROM");
        }
        if (!records.isEmpty()) {
            lines.add("obs.: PENDING enquanto os registros " + String.join(" e ", records) + " que a stack criou não propagam");
        }
        return lines;
    }

    static List<String> sesAccount(AwsCommand c, Template t) {
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("ProductionAccessEnabled", () -> Value.json("true"));
        fields.put("SendingEnabled", () -> Value.json("true"));
        List<String> lines = new ArrayList<>(fields(c, fields));
        lines.add("obs.: ProductionAccessEnabled fica false (sandbox) até a AWS aprovar o pedido de acesso de produção, feito fora do CloudFormation");
        return lines;
    }
}
