package com.varsomics.archgen.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.varsomics.archgen.BuildException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a verification command of the provisioning guide should print once its stack is deployed, derived from the
 * synthesized template the command checks (lifecycle days, rotation, versions, names, rule lists…), so the guide's
 * expected results change with the code. One rule per {@code aws <service> <operation>}; for {@code --query}
 * multiselects, one derivation per queried field. A command or a queried field without a rule fails the build: the
 * guide never shows a check without its expected result.
 */
final class ExpectedResults {

    /** Pairs shorter than this are printed as one JSON-like array; longer ones one field per line. */
    private static final int COMPACT_WIDTH = 90;
    /** Comment text width: with its "# " the line fits the {@value ShellLines#WIDTH} characters of a printed listing. */
    private static final int WRAP_WIDTH = ShellLines.WIDTH - 2;
    private static final Pattern OUTPUT_REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");
    /** {@code contains(EventPattern || '', '...')}: rules without an event pattern (scheduled ones) have a null one. */
    private static final Pattern CONTAINS_FILTER = Pattern.compile("contains\\(EventPattern \\|\\| '', '([^']+)'\\)");
    /** Namespace of the ServiceAccounts that managed add-ons bind with EKS Pod Identity. */
    private static final Map<String, String> ADDON_NAMESPACES = Map.of(
            "vpc-cni", "kube-system",
            "amazon-cloudwatch-observability", "amazon-cloudwatch",
            "aws-ebs-csi-driver", "kube-system");

    private static final Map<String, BiFunction<Command, Template, List<String>>> RULES = new TreeMap<>();

    static {
        RULES.put("kms get-key-rotation-status", ExpectedResults::keyRotation);
        RULES.put("accessanalyzer list-findings-v2", ExpectedResults::accessAnalyzerFindings);
        RULES.put("ec2 describe-subnets", ExpectedResults::subnets);
        RULES.put("ec2 describe-flow-logs", ExpectedResults::flowLogs);
        RULES.put("ec2 describe-vpc-endpoints", ExpectedResults::vpcEndpoints);
        RULES.put("s3api get-bucket-lifecycle-configuration", ExpectedResults::bucketLifecycle);
        RULES.put("s3api get-object-lock-configuration", ExpectedResults::objectLock);
        RULES.put("s3api get-public-access-block", ExpectedResults::publicAccessBlock);
        RULES.put("rds describe-db-clusters", ExpectedResults::databaseCluster);
        RULES.put("rds describe-db-proxies", ExpectedResults::databaseProxy);
        RULES.put("rds describe-db-cluster-parameters", ExpectedResults::clusterParameters);
        RULES.put("backup describe-backup-vault", ExpectedResults::backupVault);
        RULES.put("secretsmanager describe-secret", ExpectedResults::secretRotation);
        RULES.put("cognito-idp describe-user-pool", ExpectedResults::userPool);
        RULES.put("eks describe-cluster", ExpectedResults::cluster);
        RULES.put("eks list-addons", ExpectedResults::addons);
        RULES.put("eks list-pod-identity-associations", ExpectedResults::podIdentityAssociations);
        RULES.put("eks list-access-entries", ExpectedResults::accessEntries);
        RULES.put("sqs get-queue-attributes", ExpectedResults::queueAttributes);
        RULES.put("batch describe-job-queues", ExpectedResults::jobQueue);
        RULES.put("batch describe-job-definitions", ExpectedResults::jobDefinition);
        RULES.put("ecr describe-repository-creation-templates", ExpectedResults::repositoryCreationTemplates);
        RULES.put("ecr describe-repositories", ExpectedResults::repositories);
        RULES.put("ecr describe-registry", ExpectedResults::registryReplication);
        RULES.put("ecr get-registry-scanning-configuration", ExpectedResults::registryScanning);
        RULES.put("stepfunctions describe-state-machine", ExpectedResults::stateMachine);
        RULES.put("events list-rules", ExpectedResults::eventRules);
        RULES.put("sesv2 get-email-identity", ExpectedResults::emailIdentity);
        RULES.put("sesv2 get-account", ExpectedResults::sesAccount);
        RULES.put("cloudwatch describe-alarms", ExpectedResults::alarms);
        RULES.put("cloudfront get-distribution-config", ExpectedResults::distribution);
        RULES.put("wafv2 get-web-acl", ExpectedResults::webAcl);
        RULES.put("acm describe-certificate", ExpectedResults::certificate);
        RULES.put("route53 get-dnssec", ExpectedResults::dnssec);
        RULES.put("codeartifact describe-repository", ExpectedResults::codeArtifactRepository);
        RULES.put("codeartifact get-repository-endpoint", ExpectedResults::codeArtifactEndpoint);
        RULES.put("codecommit get-repository", ExpectedResults::codeCommitRepository);
        RULES.put("codepipeline get-pipeline", ExpectedResults::pipeline);
    }

    private ExpectedResults() {
    }

    /**
     * The expected result of a verification command, as comment lines without the leading {@code #}: the first line
     * starts with "esperado", the following ones detail fields or add a note.
     */
    static List<String> of(String stackName, String command, Template template) {
        Command parsed = Command.parse(command);
        BiFunction<Command, Template, List<String>> rule = RULES.get(parsed.service() + " " + parsed.operation());
        if (rule == null) {
            throw new BuildException("stack " + stackName + ": the guide has no expected result for the verification `aws "
                    + parsed.service() + " " + parsed.operation() + "`. Add a rule for it to "
                    + ExpectedResults.class.getName() + " (derive the expected output from the template).");
        }
        try {
            return wrapLong(rule.apply(parsed, template));
        } catch (UnknownField e) {
            throw new BuildException("stack " + stackName + ": the verification `" + command + "` queries '" + e.getMessage()
                    + "', for which " + ExpectedResults.class.getName() + " derives no expected value. Add it to the rule of `aws "
                    + parsed.service() + " " + parsed.operation() + "`.", e);
        } catch (RuntimeException e) {
            throw new BuildException("stack " + stackName + ": cannot derive the expected result of `" + command
                    + "` from the template (" + e.getMessage() + ").", e);
        }
    }

    // --- security -----------------------------------------------------------------------------------------------

    private static List<String> keyRotation(Command c, Template t) {
        JsonNode key = properties(t, c.outputTarget(t));
        int days = key.path("RotationPeriodInDays").asInt(365);
        return List.of("esperado: \"KeyRotationEnabled\": " + key.path("EnableKeyRotation").asBoolean(false)
                + ", \"RotationPeriodInDays\": " + days);
    }

    private static List<String> accessAnalyzerFindings(Command c, Template t) {
        return List.of("esperado: nenhum achado ACTIVE, exceto os papéis cdk-" + t.bootstrapQualifier()
                        + "-* do bootstrap, que confiam de propósito na conta de ferramentas",
                "obs.: arquive esses com uma regra de arquivamento; qualquer outro achado é acesso externo não previsto");
    }

    // --- network ------------------------------------------------------------------------------------------------

    private static List<String> subnets(Command c, Template t) {
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

    private static List<String> flowLogs(Command c, Template t) {
        requireFields(c, List.of("FlowLogs[].FlowLogStatus"));
        int count = t.ofType("AWS::EC2::FlowLog").size();
        return List.of("esperado: " + jsonList(java.util.Collections.nCopies(count, quote("ACTIVE"))));
    }

    private static List<String> vpcEndpoints(Command c, Template t) {
        requireFields(c, List.of("VpcEndpoints[].ServiceName"));
        List<String> services = t.ofType("AWS::EC2::VPCEndpoint").stream()
                .map(endpoint -> t.literal(endpoint.getValue().path("Properties").path("ServiceName")))
                .sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + services.size() + " endpoints, em qualquer ordem:");
        lines.addAll(wrap(services, "  "));
        return lines;
    }

    // --- data ---------------------------------------------------------------------------------------------------

    private static List<String> bucketLifecycle(Command c, Template t) {
        JsonNode lifecycle = properties(t, c.outputTarget(t)).path("LifecycleConfiguration");
        JsonNode rules = lifecycle.path("Rules");
        if (rules.isEmpty()) {
            throw new IllegalStateException("the bucket has no lifecycle rules");
        }
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + rules.size() + (rules.size() == 1 ? " regra" : " regras") + " com Status Enabled:");
        for (JsonNode rule : rules) {
            List<String> parts = new ArrayList<>();
            if (rule.has("Transitions")) {
                parts.add("transição para " + stream(rule.path("Transitions"))
                        .map(tr -> tr.path("StorageClass").asText() + " aos " + tr.path("TransitionInDays").asInt() + " dias")
                        .collect(Collectors.joining(" e ")));
            }
            if (rule.has("ExpirationInDays")) {
                parts.add("expira aos " + rule.path("ExpirationInDays").asInt() + " dias");
            }
            if (rule.has("NoncurrentVersionExpiration")) {
                parts.add("versões não correntes apagadas após " + rule.path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt() + " dias");
            }
            if (rule.has("AbortIncompleteMultipartUpload")) {
                parts.add("multipart incompleto abortado após " + rule.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt() + " dias");
            }
            if (rule.path("ExpiredObjectDeleteMarker").asBoolean(false)) {
                parts.add("remove marcadores de exclusão sem versões");
            }
            lines.add("  " + rule.path("Id").asText() + ": " + String.join("; ", parts));
        }
        if (lifecycle.has("TransitionDefaultMinimumObjectSize")) {
            lines.add("  TransitionDefaultMinimumObjectSize: " + lifecycle.path("TransitionDefaultMinimumObjectSize").asText());
        }
        return lines;
    }

    private static List<String> objectLock(Command c, Template t) {
        JsonNode lock = properties(t, c.outputTarget(t)).path("ObjectLockConfiguration");
        if (lock.isMissingNode()) {
            throw new IllegalStateException("the bucket has no Object Lock configuration");
        }
        JsonNode retention = lock.path("Rule").path("DefaultRetention");
        return List.of("esperado: ObjectLockEnabled " + lock.path("ObjectLockEnabled").asText()
                + "; retenção padrão " + retention.path("Mode").asText() + " de " + retention.path("Days").asInt() + " dias");
    }

    private static List<String> publicAccessBlock(Command c, Template t) {
        JsonNode block = properties(t, c.outputTarget(t)).path("PublicAccessBlockConfiguration");
        List<String> settings = List.of("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets");
        List<String> off = settings.stream().filter(s -> !block.path(s).asBoolean(false)).toList();
        return List.of(off.isEmpty() ? "esperado: BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy e RestrictPublicBuckets true"
                : "esperado: " + String.join(", ", off) + " false (bloqueio incompleto)");
    }

    private static List<String> databaseCluster(Command c, Template t) {
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
    private static List<String> clusterParameters(Command c, Template t) {
        JsonNode parameters = properties(t, c.outputTarget(t)).path("Parameters");
        Map<String, String> byName = new TreeMap<>();
        parameters.properties().forEach(parameter -> byName.put(parameter.getKey(), parameter.getValue().asText()));
        List<String> lines = new ArrayList<>(List.of("esperado: " + byName.size() + " parâmetros definidos pelo usuário:"));
        byName.forEach((name, value) -> lines.add("  [" + quote(name) + ", " + quote(value) + "]"));
        return lines;
    }

    private static List<String> databaseProxy(Command c, Template t) {
        JsonNode proxy = byName(t, "AWS::RDS::DBProxy", "DBProxyName", c.option("db-proxy-name"));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("RequireTLS", () -> Value.json(String.valueOf(proxy.path("RequireTLS").asBoolean(false))));
        fields.put("DefaultAuthScheme", () -> Value.json(quote(proxy.path("DefaultAuthScheme").asText("NONE"))));
        fields.put("Status", () -> Value.json(quote("available")));
        return fields(c, fields);
    }

    private static List<String> backupVault(Command c, Template t) {
        JsonNode lock = properties(t, c.outputTarget(t)).path("LockConfiguration");
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("Locked", () -> Value.json(String.valueOf(!lock.isMissingNode())));
        fields.put("MinRetentionDays", () -> Value.json(lock.path("MinRetentionDays").asText("null")));
        fields.put("MaxRetentionDays", () -> Value.json(lock.path("MaxRetentionDays").asText("null")));
        List<String> lines = new ArrayList<>(fields(c, fields));
        if (lock.has("ChangeableForDays")) {
            lines.add("obs.: LockDate = criação + " + lock.path("ChangeableForDays").asInt()
                    + " dias; depois dessa data o Vault Lock (compliance) não pode mais ser alterado nem removido");
        }
        return lines;
    }

    private static List<String> secretRotation(Command c, Template t) {
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

    // --- identity -----------------------------------------------------------------------------------------------

    private static List<String> userPool(Command c, Template t) {
        JsonNode pool = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("MfaConfiguration", () -> Value.json(quote(pool.path("MfaConfiguration").asText("OFF"))));
        fields.put("UserPoolTier", () -> Value.json(quote(pool.path("UserPoolTier").asText("ESSENTIALS"))));
        fields.put("Policies.PasswordPolicy.MinimumLength", () -> Value.json(pool.path("Policies").path("PasswordPolicy").path("MinimumLength").asText("8")));
        fields.put("UserPool.Policies.PasswordPolicy.MinimumLength", fields.get("Policies.PasswordPolicy.MinimumLength"));
        fields.put("DeletionProtection", () -> Value.json(quote(pool.path("DeletionProtection").asText("INACTIVE"))));
        return fields(c, fields);
    }

    // --- compute ------------------------------------------------------------------------------------------------

    private static List<String> cluster(Command c, Template t) {
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

    private static List<String> addons(Command c, Template t) {
        List<String> names = t.ofType("AWS::EKS::Addon").stream()
                .map(addon -> addon.getValue().path("Properties").path("AddonName").asText()).sorted().toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: \"addons\" com " + names.size() + " nomes:");
        lines.addAll(wrap(names, "  "));
        return lines;
    }

    private static List<String> podIdentityAssociations(Command c, Template t) {
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

    private static List<String> accessEntries(Command c, Template t) {
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

    private static List<String> queueAttributes(Command c, Template t) {
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

    private static List<String> jobQueue(Command c, Template t) {
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

    private static List<String> jobDefinition(Command c, Template t) {
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

    private static List<String> repositoryCreationTemplates(Command c, Template t) {
        String prefix = c.option("prefixes");
        JsonNode template = byName(t, "AWS::ECR::RepositoryCreationTemplate", "Prefix", prefix);
        String lifecycle = template.path("LifecyclePolicy").asText();
        Matcher description = Pattern.compile("\"description\":\"([^\"]+)\"").matcher(lifecycle);
        return List.of("esperado: modelo do prefixo " + prefix + " aplicado a " + stream(template.path("AppliedFor")).map(JsonNode::asText)
                        .collect(Collectors.joining(", ")) + ": " + template.path("ImageTagMutability").asText() + ", criptografia "
                        + template.path("EncryptionConfiguration").path("EncryptionType").asText()
                        + (description.find() ? ", ciclo de vida \"" + description.group(1) + "\"" : ""));
    }

    // --- workflow -----------------------------------------------------------------------------------------------

    private static List<String> stateMachine(Command c, Template t) {
        JsonNode machine = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("type", () -> Value.json(quote(machine.path("StateMachineType").asText("STANDARD"))));
        fields.put("loggingConfiguration.level", () -> Value.json(quote(machine.path("LoggingConfiguration").path("Level").asText("OFF"))));
        fields.put("loggingConfiguration.includeExecutionData", () -> Value.json(machine.path("LoggingConfiguration").path("IncludeExecutionData").asText("false")));
        fields.put("tracingConfiguration.enabled", () -> Value.json(machine.path("TracingConfiguration").path("Enabled").asText("false")));
        return fields(c, fields);
    }

    private static List<String> eventRules(Command c, Template t) {
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

    private static List<String> emailIdentity(Command c, Template t) {
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

    private static List<String> sesAccount(Command c, Template t) {
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("ProductionAccessEnabled", () -> Value.json("true"));
        fields.put("SendingEnabled", () -> Value.json("true"));
        List<String> lines = new ArrayList<>(fields(c, fields));
        lines.add("obs.: ProductionAccessEnabled fica false (sandbox) até a AWS aprovar o pedido de acesso de produção, feito fora do CloudFormation");
        return lines;
    }

    // --- observability and edge ---------------------------------------------------------------------------------

    private static List<String> alarms(Command c, Template t) {
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

    private static List<String> distribution(Command c, Template t) {
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

    private static List<String> webAcl(Command c, Template t) {
        requireFields(c, List.of("WebACL.Rules[].Name"));
        JsonNode acl = byName(t, "AWS::WAFv2::WebACL", "Name", c.option("name"));
        List<String> rules = stream(acl.path("Rules")).sorted(Comparator.comparingInt(r -> r.path("Priority").asInt()))
                .map(r -> r.path("Name").asText()).toList();
        List<String> lines = new ArrayList<>();
        lines.add("esperado: " + rules.size() + " regras, na ordem de prioridade:");
        lines.addAll(wrap(rules, "  "));
        return lines;
    }

    private static List<String> certificate(Command c, Template t) {
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

    private static List<String> dnssec(Command c, Template t) {
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("Status.ServeSignature", () -> Value.json(quote("SIGNING")));
        fields.put("KeySigningKeys[].Status", () -> Value.json(jsonList(t.ofType("AWS::Route53::KeySigningKey").stream()
                .map(k -> quote(k.getValue().path("Properties").path("Status").asText())).toList())));
        List<String> lines = new ArrayList<>(fields(c, fields));
        lines.add("obs.: a zona assina, mas a cadeia de confiança só existe depois do registro DS no domínio pai (passo manual)");
        return lines;
    }

    // --- delivery -----------------------------------------------------------------------------------------------

    private static List<String> codeArtifactRepository(Command c, Template t) {
        requireFields(c, List.of("repository.externalConnections"));
        JsonNode repository = byName(t, "AWS::CodeArtifact::Repository", "RepositoryName", c.option("repository"));
        List<String> connections = stream(repository.path("ExternalConnections")).map(JsonNode::asText).toList();
        if (connections.isEmpty()) {
            return List.of("esperado: []");
        }
        return List.of("esperado: " + jsonList(connections.stream().map(name -> "{\"externalConnectionName\": " + quote(name)
                + ", \"packageFormat\": " + quote(name.substring(name.indexOf(':') + 1)) + ", \"status\": \"Available\"}").toList()));
    }

    private static List<String> codeArtifactEndpoint(Command c, Template t) {
        String repository = c.option("repository");
        byName(t, "AWS::CodeArtifact::Repository", "RepositoryName", repository);
        String domain = t.single("AWS::CodeArtifact::Domain").path("Properties").path("DomainName").asText();
        String format = c.option("format");
        return List.of("esperado: \"repositoryEndpoint\": \"https://" + domain + "-<conta>.d.codeartifact." + t.region()
                + ".amazonaws.com/" + format + "/" + repository + "/\"");
    }

    private static List<String> codeCommitRepository(Command c, Template t) {
        JsonNode repository = byName(t, "AWS::CodeCommit::Repository", "RepositoryName", c.option("repository-name"));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("repositoryName", () -> Value.json(quote(repository.path("RepositoryName").asText())));
        fields.put("kmsKeyId", () -> {
            String key = Template.target(repository.path("KmsKeyId"));
            String alias = t.ofType("AWS::KMS::Alias").stream().map(a -> a.getValue().path("Properties"))
                    .filter(p -> key != null && key.equals(Template.target(p.path("TargetKeyId"))))
                    .map(p -> p.path("AliasName").asText()).findFirst().orElse("(sem alias)");
            return Value.text("id da chave " + alias + " (não a chave gerenciada aws/codecommit)");
        });
        return fields(c, fields);
    }

    private static List<String> repositories(Command c, Template t) {
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

    private static List<String> registryReplication(Command c, Template t) {
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

    private static List<String> registryScanning(Command c, Template t) {
        JsonNode scanning = t.single("AWS::ECR::RegistryScanningConfiguration").path("Properties");
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("scanType", () -> Value.json(quote(scanning.path("ScanType").asText())));
        fields.put("rules[].scanFrequency", () -> Value.json(jsonList(stream(scanning.path("Rules"))
                .map(r -> quote(r.path("ScanFrequency").asText())).toList())));
        return fields(c, fields);
    }

    private static List<String> pipeline(Command c, Template t) {
        JsonNode pipeline = properties(t, c.outputTarget(t));
        Map<String, Supplier<Value>> fields = new LinkedHashMap<>();
        fields.put("pipeline.pipelineType", () -> Value.json(quote(pipeline.path("PipelineType").asText("V1"))));
        fields.put("pipeline.stages[].[name,actions[].actionTypeId.provider]", () -> Value.text(stream(pipeline.path("Stages"))
                .map(stage -> stage.path("Name").asText() + " (" + stream(stage.path("Actions"))
                        .map(a -> a.path("ActionTypeId").path("Provider").asText()).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(" → "))));
        return fields(c, fields);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static JsonNode properties(Template t, String logicalId) {
        if (logicalId == null || t.resource(logicalId).isMissingNode()) {
            throw new IllegalStateException("the command names no resource of this template");
        }
        return t.resource(logicalId).path("Properties");
    }

    /** The properties of the resource of a type whose name property has the value the command gives. */
    private static JsonNode byName(Template t, String type, String property, String name) {
        return t.ofType(type).stream().map(r -> r.getValue().path("Properties"))
                .filter(p -> p.path(property).asText().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " with " + property + " " + name));
    }

    private static String roleName(Template t, String logicalId) {
        JsonNode role = properties(t, logicalId);
        return role.has("RoleName") ? role.path("RoleName").asText() : logicalId + " (nome gerado)";
    }

    private static List<String> fields(Command c, Map<String, Supplier<Value>> known) {
        List<String> queried = c.queryFields();
        List<Value> values = new ArrayList<>();
        for (String field : queried) {
            Supplier<Value> value = c.lookup(known, field);
            if (value == null) {
                throw new UnknownField(field);
            }
            values.add(value.get());
        }
        if (values.size() == 1) {
            return List.of("esperado: " + values.getFirst().text());
        }
        String compact = jsonList(values.stream().map(Value::text).toList());
        if (values.stream().allMatch(Value::json) && compact.length() <= COMPACT_WIDTH) {
            return List.of("esperado: " + compact);
        }
        List<String> lines = new ArrayList<>(List.of("esperado:"));
        for (int i = 0; i < queried.size(); i++) {
            lines.add("  " + queried.get(i) + ": " + values.get(i).text());
        }
        return lines;
    }

    private static void requireFields(Command c, List<String> expected) {
        for (String field : c.queryFields()) {
            if (!expected.contains(field)) {
                throw new UnknownField(field);
            }
        }
    }

    /** Lines longer than {@value #WRAP_WIDTH} characters broken at spaces, continued with a deeper indent. */
    private static List<String> wrapLong(List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            wrapped.addAll(ShellLines.wrapText(indent, line.stripLeading(), indent + "    ", WRAP_WIDTH));
        }
        return List.copyOf(wrapped);
    }

    /** Items joined with commas, wrapped to lines of about {@value #WRAP_WIDTH} characters. */
    private static List<String> wrap(List<String> items, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (line.length() > indent.length() && line.length() + 1 + item.length() > WRAP_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(item);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String jsonList(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    /** A derived value: JSON (printed as the CLI prints it) or a short description. */
    private record Value(String text, boolean json) {
        static Value json(String text) {
            return new Value(text, true);
        }

        static Value text(String text) {
            return new Value(text, false);
        }
    }

    private static final class UnknownField extends RuntimeException {
        UnknownField(String field) {
            super(field);
        }
    }

    /** An {@code aws} CLI command split into service, operation and options; quotes and {@code $(...)} kept whole. */
    record Command(String service, String operation, Map<String, List<String>> options, List<String> outputKeys) {

        static Command parse(String command) {
            List<String> tokens = tokens(command);
            if (tokens.size() < 3 || !"aws".equals(tokens.get(0))) {
                throw new BuildException("verification command is not an aws CLI call: " + command);
            }
            Map<String, List<String>> options = new LinkedHashMap<>();
            List<String> current = null;
            for (String token : tokens.subList(3, tokens.size())) {
                if (token.startsWith("--")) {
                    current = new ArrayList<>();
                    options.put(token.substring(2), current);
                } else if (current != null) {
                    current.add(token);
                }
            }
            List<String> keys = new ArrayList<>();
            Matcher matcher = OUTPUT_REFERENCE.matcher(command);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
            return new Command(tokens.get(1), tokens.get(2), options, keys);
        }

        String option(String name) {
            List<String> values = options.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        List<String> options(String name) {
            return options.getOrDefault(name, List.of());
        }

        String query() {
            String query = option("query");
            return query == null ? "" : query;
        }

        /** The logical id of the resource the command's first output placeholder points at. */
        String outputTarget(Template t) {
            if (outputKeys.isEmpty()) {
                throw new IllegalStateException("the command uses no stack output");
            }
            return t.outputTarget(outputKeys.getFirst());
        }

        /**
         * The fields a {@code --query} selects: the items of a final multiselect list ({@code cluster.[a,b]},
         * {@code DBClusters[0].[a,b]}, {@code [a,b]}), or the whole expression when it selects one value.
         */
        List<String> queryFields() {
            String query = query().strip();
            if (query.isEmpty()) {
                return List.of();
            }
            int select = multiselectStart(query);
            return select < 0 ? List.of(query) : splitTopLevel(query.substring(select + 1, query.length() - 1));
        }

        /**
         * The paths a field of the final multiselect may be named from, as the rules name them: none, the path before
         * the multiselect without its first segment (the response's root object, as {@code cluster} or
         * {@code DBClusters[0]}), and the whole path. {@code cluster.resourcesVpcConfig.[a,b]} gives {@code ""},
         * {@code resourcesVpcConfig.} and {@code cluster.resourcesVpcConfig.}.
         */
        List<String> queryPrefixes() {
            String query = query().strip();
            int select = multiselectStart(query);
            if (select <= 0) {
                return List.of("");
            }
            String path = query.substring(0, select);
            int root = path.indexOf('.');
            return java.util.stream.Stream.of("", root < 0 ? "" : path.substring(root + 1), path).distinct().toList();
        }

        /** The rule's value for a queried field, looked up under each of {@link #queryPrefixes()}. */
        <T> T lookup(Map<String, T> known, String field) {
            return queryPrefixes().stream().map(prefix -> known.get(prefix + field)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
        }

        /** Whether the query selects the field, named from the root as the rules name it. */
        boolean queries(String field) {
            return queryFields().stream().anyMatch(f -> queryPrefixes().stream().anyMatch(prefix -> (prefix + f).equals(field)));
        }

        /** Where the final multiselect list of the query starts ({@code [}), or -1 if it ends in none. */
        private static int multiselectStart(String query) {
            if (!query.endsWith("]")) {
                return -1;
            }
            int depth = 0;
            for (int i = query.length() - 1; i >= 0; i--) {
                char ch = query.charAt(i);
                if (ch == ']') {
                    depth++;
                } else if (ch == '[' && --depth == 0) {
                    return i == 0 || query.charAt(i - 1) == '.' ? i : -1;
                }
            }
            return -1;
        }

        private static List<String> splitTopLevel(String list) {
            List<String> items = new ArrayList<>();
            int depth = 0;
            StringBuilder item = new StringBuilder();
            for (char ch : list.toCharArray()) {
                if (ch == '[' || ch == '(' || ch == '{') {
                    depth++;
                } else if (ch == ']' || ch == ')' || ch == '}') {
                    depth--;
                }
                if (ch == ',' && depth == 0) {
                    items.add(item.toString().strip());
                    item.setLength(0);
                } else {
                    item.append(ch);
                }
            }
            items.add(item.toString().strip());
            return items;
        }

        private static List<String> tokens(String command) {
            List<String> tokens = new ArrayList<>();
            StringBuilder token = new StringBuilder();
            char quote = 0;
            int subshell = 0;
            boolean pending = false;
            for (int i = 0; i < command.length(); i++) {
                char ch = command.charAt(i);
                if (quote != 0) {
                    if (ch == quote && subshell == 0) {
                        quote = 0;
                    } else {
                        token.append(ch);
                        if (ch == quote) {
                            quote = 0;
                        }
                    }
                } else if (subshell > 0) {
                    token.append(ch);
                    if (ch == '(') {
                        subshell++;
                    } else if (ch == ')') {
                        subshell--;
                    } else if (ch == '\'' || ch == '"') {
                        quote = ch;
                    }
                } else if (ch == '$' && i + 1 < command.length() && command.charAt(i + 1) == '(') {
                    token.append("$(");
                    subshell = 1;
                    pending = true;
                    i++;
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                    pending = true;
                } else if (Character.isWhitespace(ch)) {
                    if (pending) {
                        tokens.add(token.toString());
                        token.setLength(0);
                        pending = false;
                    }
                } else {
                    token.append(ch);
                    pending = true;
                }
            }
            if (pending) {
                tokens.add(token.toString());
            }
            return tokens;
        }
    }
}
