package com.varsomics.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the document promises about network, compute, workflow, delivery and edge. */
class WorkloadStacksIT {

    @Test
    void network_Is10_20_0_0_16OverThreeAzs_WithTheModelsSubnets_ANatGatewayPerAz_FlowLogsAndEndpoints() {
        Template network = SynthesizedTemplates.of("Proteomics-Network");
        network.hasResourceProperties("AWS::EC2::VPC", Map.of("CidrBlock", "10.20.0.0/16"));
        Map<String, String> subnets = new java.util.TreeMap<>(Map.of(
                "10.20.0.0/24", "sa-east-1a", "10.20.1.0/24", "sa-east-1b", "10.20.2.0/24", "sa-east-1c",
                "10.20.32.0/19", "sa-east-1a", "10.20.64.0/19", "sa-east-1b", "10.20.96.0/19", "sa-east-1c",
                "10.20.200.0/24", "sa-east-1a", "10.20.201.0/24", "sa-east-1b", "10.20.202.0/24", "sa-east-1c"));
        subnets.forEach((cidr, az) -> network.hasResourceProperties("AWS::EC2::Subnet", Map.of("CidrBlock", cidr, "AvailabilityZone", az)));
        network.resourceCountIs("AWS::EC2::Subnet", subnets.size());
        network.resourceCountIs("AWS::EC2::NatGateway", 3);
        for (String az : List.of("sa-east-1a", "sa-east-1b", "sa-east-1c")) {
            network.resourcePropertiesCountIs("AWS::EC2::Subnet", Map.of("AvailabilityZone", az), 3);
        }
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of("TrafficType", "ALL"));
        network.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 90));
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
    }

    @Test
    void eks_UsesAccessEntriesAPrivateEndpointKmsSecretsAndStandardSupport() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        compute.hasResourceProperties("AWS::EKS::Cluster", Map.of(
                "AccessConfig", Map.of("AuthenticationMode", "API", "BootstrapClusterCreatorAdminPermissions", false),
                "ResourcesVpcConfig", Match.objectLike(Map.of("EndpointPrivateAccess", true, "EndpointPublicAccess", false)),
                "EncryptionConfig", List.of(Map.of("Provider", Map.of("KeyArn", Match.anyValue()), "Resources", List.of("secrets"))),
                "UpgradePolicy", Map.of("SupportType", "STANDARD"),
                "Logging", Map.of("ClusterLogging", Map.of("EnabledTypes", Match.arrayWith(List.of(Map.of("Type", "audit")))))));
        compute.hasResourceProperties("AWS::EKS::Addon", Map.of("AddonName", "vpc-cni",
                "ConfigurationValues", "{\"enableNetworkPolicy\":\"true\"}"));
        for (String addon : List.of("coredns", "kube-proxy", "eks-pod-identity-agent")) {
            compute.hasResourceProperties("AWS::EKS::Addon", Map.of("AddonName", addon));
        }
        // The managed node group only runs the controllers; Karpenter adds the application nodes.
        compute.hasResourceProperties("AWS::EKS::Nodegroup", Map.of("AmiType", "BOTTLEROCKET_x86_64",
                "ScalingConfig", Map.of("MinSize", 2, "DesiredSize", 2, "MaxSize", 3)));
        for (String serviceAccount : List.of("web", "api", "status-consumer")) {
            compute.hasResourceProperties("AWS::EKS::PodIdentityAssociation",
                    Map.of("Namespace", "proteomics", "ServiceAccount", serviceAccount, "RoleArn", Match.anyValue()));
        }
        for (String serviceAccount : List.of("karpenter", "aws-load-balancer-controller")) {
            compute.hasResourceProperties("AWS::EKS::PodIdentityAssociation", Map.of("Namespace", "kube-system", "ServiceAccount", serviceAccount));
        }
        compute.hasResourceProperties("AWS::EKS::AccessEntry", Map.of("Type", "STANDARD"));
        compute.hasResourceProperties("AWS::EKS::AccessEntry", Map.of("Type", "EC2_LINUX"));
        compute.hasResourceProperties("AWS::IAM::Role", Map.of("RoleName", "proteomics-eks-deploy"));
    }

    /** Operators' access entries, Container Insights retention and External Secrets' identity are code, not CloudShell steps. */
    @Test
    void eks_OperatorAccessEntries_ContainerInsightsRetention_AndControllerIdentitiesAreInTheApp() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        Map<String, String> policyByPermissionSet = Map.of("BreakGlass", "AmazonEKSClusterAdminPolicy", "Leitura", "AmazonEKSViewPolicy");
        policyByPermissionSet.forEach((permissionSet, policy) -> compute.hasResourceProperties("AWS::EKS::AccessEntry", Map.of(
                "PrincipalArn", Match.stringLikeRegexp("role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_" + permissionSet + "_"),
                "AccessPolicies", List.of(Map.of("PolicyArn", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                Match.arrayWith(List.of(":eks::aws:cluster-access-policy/" + policy)))))),
                        "AccessScope", Map.of("Type", "cluster"))))));
        for (String group : List.of("application", "dataplane", "host", "performance")) {
            compute.hasResourceProperties("AWS::Logs::LogGroup", Map.of("LogGroupName", "/aws/containerinsights/proteomics-prod/" + group,
                    "RetentionInDays", 90, "KmsKeyId", Match.anyValue()));
        }
        compute.hasResourceProperties("AWS::EKS::PodIdentityAssociation", Map.of("Namespace", "kube-system", "ServiceAccount", "external-secrets"));
    }

    @Test
    void karpenter_GetsSpotAndHealthInterruptionsThroughAnEncryptedQueue() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        compute.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "proteomics-prod-karpenter",
                "MessageRetentionPeriod", 300, "KmsMasterKeyId", Match.anyValue()));
        for (String detailType : List.of("EC2 Spot Instance Interruption Warning", "EC2 Instance Rebalance Recommendation",
                "EC2 Instance State-change Notification", "AWS Health Event")) {
            compute.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Match.objectLike(Map.of("detail-type", List.of(detailType)))));
        }
    }

    @Test
    void replicatedImages_ArriveFromTheToolingAccount_WithImmutableTags() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        compute.hasResourceProperties("AWS::ECR::RepositoryCreationTemplate", Map.of("Prefix", "proteomics",
                "AppliedFor", List.of("REPLICATION"), "ImageTagMutability", "IMMUTABLE"));
        compute.resourceCountIs("AWS::ECR::RegistryPolicy", 1);
    }

    @Test
    void batch_RunsOnSpotWithPriceCapacityOptimized_CancelsJobsShortOfSpotCapacity_AndHasAnOnDemandQueue() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        // Batch's current x86_64 bundle (m6i, c6i, r6i, c7i), not the old c5/m5/r5 list.
        compute.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("Type", "managed", "ComputeResources",
                Match.objectLike(Map.of("Type", "SPOT", "AllocationStrategy", "SPOT_PRICE_CAPACITY_OPTIMIZED",
                        "MinvCpus", 0, "MaxvCpus", 1024, "InstanceTypes", List.of("default_x86_64")))));
        compute.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("Type", "EC2", "AllocationStrategy", "BEST_FIT_PROGRESSIVE",
                        "MinvCpus", 0, "MaxvCpus", 256, "InstanceTypes", List.of("default_x86_64")))));
        // Each queue has one environment: a capacity cancel needs every environment of the queue short of capacity.
        Map<String, Integer> capacityWaitByQueue = Map.of("proteomics-analysis", 900, "proteomics-analysis-on-demand", 3600);
        capacityWaitByQueue.forEach((queue, seconds) -> compute.hasResourceProperties("AWS::Batch::JobQueue", Map.of(
                "JobQueueName", queue,
                "ComputeEnvironmentOrder", List.of(Map.of("ComputeEnvironment", Match.anyValue(), "Order", 1)),
                "JobStateTimeLimitActions", Match.arrayWith(List.of(
                        Map.of("Action", "CANCEL", "State", "RUNNABLE", "MaxTimeSeconds", seconds,
                                "Reason", "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"),
                        Map.of("Action", "CANCEL", "State", "RUNNABLE", "MaxTimeSeconds", 1800,
                                "Reason", "MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT"))))));
        compute.resourceCountIs("AWS::Batch::JobQueue", 2);
        compute.hasResourceProperties("AWS::Batch::JobDefinition", Map.of(
                "ContainerProperties", Match.objectLike(Map.of("ResourceRequirements", List.of(
                        Map.of("Type", "MEMORY", "Value", "16384"), Map.of("Type", "VCPU", "Value", "4")))),
                "Timeout", Map.of("AttemptDurationSeconds", 4 * 3600),
                "RetryStrategy", Map.of("Attempts", 3, "EvaluateOnExit", List.of(
                        Map.of("Action", "RETRY", "OnStatusReason", "Host EC2*"),
                        Map.of("Action", "EXIT", "OnReason", "*")))));
        // The image is this account's replica of proteomics/analysis-job at the immutable tag from cdk.json, never "latest".
        assertThat(SynthesizedTemplates.json(compute)).contains("/proteomics/analysis-job:1.0.0\"").doesNotContain(":latest");
    }

    @Test
    void workflow_IsAStandardStateMachine_MappingBatchSyncJobsWithRetryCatchAndTimeouts() {
        Template workflow = SynthesizedTemplates.of("Proteomics-Workflow");
        workflow.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
                "StateMachineType", "STANDARD",
                "LoggingConfiguration", Match.objectLike(Map.of("Level", "ALL")),
                "TracingConfiguration", Map.of("Enabled", true)));
        String definition = SynthesizedTemplates.json(workflow);
        assertThat(definition)
                .contains("\\\"TimeoutSeconds\\\":86400")
                .contains("\\\"Type\\\":\\\"Map\\\"").contains("\\\"Mode\\\":\\\"DISTRIBUTED\\\"").contains("\\\"MaxConcurrency\\\":50")
                .contains(":states:::batch:submitJob.sync").contains("\\\"Timeout\\\":{\\\"AttemptDurationSeconds\\\":14400}")
                .contains("\\\"BackoffRate\\\":2").contains("\\\"JitterStrategy\\\":\\\"FULL\\\"")
                .contains("\\\"Catch\\\":[{\\\"ErrorEquals\\\":[\\\"States.ALL\\\"]");
        workflow.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of("aws.states"),
                "detail-type", List.of("Step Functions Execution Status Change"),
                "detail", Map.of("stateMachineArn", Match.anyValue()))));
        workflow.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of("aws.batch"),
                "detail-type", List.of("Batch Job State Change"),
                "detail", Map.of("jobQueue", Match.anyValue()))));
        workflow.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "proteomics-analysis-status",
                "VisibilityTimeout", 120, "MessageRetentionPeriod", 14 * 24 * 3600,
                "RedrivePolicy", Map.of("deadLetterTargetArn", Match.anyValue(), "maxReceiveCount", 5)));
    }

    /**
     * A protein whose Spot job Batch cancelled for lack of capacity runs again on the On-Demand queue; any other
     * failure of the job still fails the protein (and so the Map and the analysis).
     */
    @Test
    void workflow_ResubmitsAProteinCancelledForSpotCapacity_ToTheOnDemandQueue() throws Exception {
        JsonNode resources = new ObjectMapper().valueToTree(SynthesizedTemplates.of("Proteomics-Workflow").toJSON()).path("Resources");
        JsonNode states = new ObjectMapper().readTree(joined(single(resources, "AWS::StepFunctions::StateMachine")
                .path("Properties").path("DefinitionString"))).path("States").path("Uma análise por proteína")
                .path("ItemProcessor").path("States");

        JsonNode spot = states.path("Analisar proteína");
        assertThat(joined(spot.path("Parameters").path("JobQueue"))).contains("AnalysisQueue").doesNotContain("OnDemand");
        JsonNode fallback = spot.path("Catch").get(0);
        assertThat(texts(fallback.path("ErrorEquals"))).containsExactly("States.TaskFailed");
        JsonNode read = states.path(fallback.path("Next").asText());
        assertThat(read.path("Parameters").path("job.$").asText()).isEqualTo("States.StringToJson($.failure.Cause)");
        JsonNode choice = states.path(read.path("Next").asText());
        JsonNode capacity = choice.path("Choices").get(0);
        assertThat(capacity.path("Variable").asText()).isEqualTo("$.failedJob.job.StatusReason");
        assertThat(capacity.path("StringMatches").asText()).isEqualTo("*CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY*");
        JsonNode onDemand = states.path(capacity.path("Next").asText());
        assertThat(onDemand.path("Resource").asText()).endsWith(":states:::batch:submitJob.sync");
        assertThat(joined(onDemand.path("Parameters").path("JobQueue"))).contains("OnDemandAnalysisQueue");
        assertThat(states.path(choice.path("Default").asText()).path("Type").asText()).isEqualTo("Fail");
    }

    /**
     * The Map Run summary goes to the input bucket (no Object Lock, 365-day expiry) under _execucoes/, one folder per
     * execution; the state machine may write there and nowhere else, with the data key that encrypts the bucket.
     */
    @Test
    void workflow_WritesTheMapRunSummaryToTheInputBucket_UnderExecucoes_AndMayPutObjectsOnlyThere() throws Exception {
        Template workflow = SynthesizedTemplates.of("Proteomics-Workflow");
        ObjectMapper json = new ObjectMapper();
        JsonNode resources = json.valueToTree(workflow.toJSON()).path("Resources");
        JsonNode stateMachine = single(resources, "AWS::StepFunctions::StateMachine");
        JsonNode map = json.readTree(joined(stateMachine.path("Properties").path("DefinitionString")))
                .path("States").path("Uma análise por proteína");

        JsonNode writer = map.path("ResultWriter");
        assertThat(writer.path("Resource").asText()).isEqualTo("arn:{Ref AWS::Partition}:states:::s3:putObject");
        assertThat(writer.path("Parameters").path("Bucket").asText()).matches("\\{Import Proteomics-Data:ExportsOutputRefInputBucket\\w+}");
        assertThat(writer.path("Parameters").path("Prefix.$").asText()).isEqualTo("States.Format('_execucoes/{}', $$.Execution.Name)");
        assertThat(writer.path("WriterConfig")).isEqualTo(json.readTree("{\"OutputType\":\"JSON\",\"Transformation\":\"COMPACT\"}"));
        assertThat(map.path("ResultSelector")).isEqualTo(json.readTree("{\"executionSummaryKey.$\":\"$.ResultWriterDetails.Key\"}"));
        assertThat(map.path("ResultPath").asText()).isEqualTo("$.mapRun");

        List<String> writable = new java.util.ArrayList<>();
        List<String> keyActions = new java.util.ArrayList<>();
        for (JsonNode policy : all(resources, "AWS::IAM::Policy")) {
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                List<String> actions = texts(statement.path("Action"));
                if (actions.stream().anyMatch(action -> action.startsWith("s3:Put") || action.equals("s3:*"))) {
                    writable.add(String.join(",", actions) + " on " + joined(statement.path("Resource")));
                }
                if (joined(statement.path("Resource")).contains("DataKey")) {
                    keyActions.addAll(actions);
                }
            }
        }
        assertThat(writable).singleElement().asString().matches("s3:AbortMultipartUpload,s3:GetObject,s3:ListMultipartUploadParts,s3:PutObject on "
                + "\\{Import Proteomics-Data:ExportsOutputFnGetAttInputBucket\\w+Arn\\w+}/_execucoes/\\*");
        assertThat(keyActions).containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey");
    }

    /** The state machine reads the sample's manifest and its own summary, never a protein's file. */
    @Test
    void workflow_ReadsOnlyTheSampleManifestsAndItsSummaries_FromTheInputBucket() {
        JsonNode resources = new ObjectMapper().valueToTree(SynthesizedTemplates.of("Proteomics-Workflow").toJSON()).path("Resources");
        List<String> readable = new java.util.ArrayList<>();
        for (JsonNode policy : all(resources, "AWS::IAM::Policy")) {
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                if (texts(statement.path("Action")).stream().anyMatch(action -> action.startsWith("s3:Get") || action.equals("s3:*"))) {
                    readable.add(joined(statement.path("Resource")));
                }
            }
        }
        assertThat(readable).hasSize(2).allSatisfy(resource -> assertThat(resource)
                .matches("\\{Import Proteomics-Data:ExportsOutputFnGetAttInputBucket\\w+Arn\\w+}/(samples/\\*/manifest\\.json|_execucoes/\\*)"));
    }

    /** Batch .sync polls the job and, when the execution stops or times out, terminates it: the CDK task grants neither. */
    @Test
    void workflow_MayDescribeAndTerminateTheJobsItRuns() {
        JsonNode resources = new ObjectMapper().valueToTree(SynthesizedTemplates.of("Proteomics-Workflow").toJSON()).path("Resources");
        Map<String, String> batchActions = new java.util.TreeMap<>();
        for (JsonNode policy : all(resources, "AWS::IAM::Policy")) {
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                texts(statement.path("Action")).stream().filter(action -> action.startsWith("batch:"))
                        .forEach(action -> batchActions.put(action, joined(statement.path("Resource"))));
            }
        }
        assertThat(batchActions).containsKeys("batch:SubmitJob", "batch:DescribeJobs", "batch:TerminateJob");
        assertThat(batchActions.get("batch:TerminateJob")).endsWith(":job/*");
    }

    private static JsonNode single(JsonNode resources, String type) {
        List<JsonNode> found = all(resources, type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> all(JsonNode resources, String type) {
        List<JsonNode> found = new java.util.ArrayList<>();
        resources.forEach(resource -> {
            if (resource.path("Type").asText().equals(type)) {
                found.add(resource);
            }
        });
        return found;
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new java.util.ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    /** A CloudFormation value as text: Fn::Join concatenated, Ref and Fn::ImportValue as {Ref x} and {Import x}. */
    private static String joined(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.has("Fn::Join")) {
            StringBuilder text = new StringBuilder();
            value.path("Fn::Join").get(1).forEach(part -> text.append(joined(part)));
            return text.toString();
        }
        if (value.has("Ref")) {
            return "{Ref " + value.path("Ref").asText() + "}";
        }
        if (value.has("Fn::ImportValue")) {
            return "{Import " + value.path("Fn::ImportValue").asText() + "}";
        }
        return value.toString();
    }

    @Test
    void notifications_SendFromADkimSignedDomain_OverTls_WithBouncesSuppressed() {
        Template workflow = SynthesizedTemplates.of("Proteomics-Workflow");
        workflow.hasResourceProperties("AWS::SES::EmailIdentity", Map.of("EmailIdentity", "proteomics.example.com",
                "MailFromAttributes", Match.objectLike(Map.of("MailFromDomain", "mail.proteomics.example.com"))));
        workflow.hasResourceProperties("AWS::SES::ConfigurationSet", Map.of("Name", "proteomics-notifications",
                "DeliveryOptions", Map.of("TlsPolicy", "REQUIRE"),
                "SuppressionOptions", Map.of("SuppressedReasons", List.of("BOUNCE", "COMPLAINT"))));
        workflow.resourceCountIs("AWS::SES::Template", 2);
        workflow.resourcePropertiesCountIs("AWS::Route53::RecordSet", Map.of("Type", "CNAME", "ResourceRecords", Match.anyValue()), 3);
        workflow.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", "mail.proteomics.example.com.", "Type", "MX"));
        workflow.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", "_dmarc.proteomics.example.com.", "Type", "TXT"));
    }

    @Test
    void delivery_InTheToolingAccount_BuildsFromCodeCommit_WithImmutableReplicatedImages_AndApprovalBeforeProduction() {
        Template delivery = SynthesizedTemplates.of("Proteomics-Delivery");
        delivery.hasResourceProperties("AWS::CodeCommit::Repository", Map.of("RepositoryName", "proteomics-platform"));
        for (String image : List.of("web", "api", "status-consumer", "analysis-job")) {
            delivery.hasResourceProperties("AWS::ECR::Repository", Map.of("RepositoryName", "proteomics/" + image,
                    "ImageTagMutability", "IMMUTABLE", "ImageScanningConfiguration", Map.of("ScanOnPush", true)));
        }
        delivery.resourceCountIs("AWS::ECR::Repository", 4);
        delivery.hasResourceProperties("AWS::ECR::RegistryScanningConfiguration", Map.of("ScanType", "ENHANCED"));
        delivery.hasResourceProperties("AWS::ECR::ReplicationConfiguration", Map.of("ReplicationConfiguration", Map.of("Rules", List.of(
                Match.objectLike(Map.of("Destinations", List.of(
                        Map.of("Region", "sa-east-1", "RegistryId", "444455556666"),
                        Map.of("Region", "sa-east-1", "RegistryId", "777788889999"))))))));
        Object eksAction = Match.objectLike(Map.of("ActionTypeId", Map.of("Category", "Deploy", "Owner", "AWS", "Provider", "EKS", "Version", "1"),
                "RunOrder", 3, "RoleArn", Match.anyValue()));
        delivery.hasResourceProperties("AWS::CodePipeline::Pipeline", Map.of("PipelineType", "V2", "Stages", List.of(
                Match.objectLike(Map.of("Name", "Source", "Actions", List.of(Match.objectLike(Map.of(
                        "ActionTypeId", Match.objectLike(Map.of("Provider", "CodeCommit"))))))),
                Match.objectLike(Map.of("Name", "Test")),
                Match.objectLike(Map.of("Name", "Build")),
                Match.objectLike(Map.of("Name", "Scan")),
                Match.objectLike(Map.of("Name", "DeployStaging", "Actions", Match.arrayWith(List.of(eksAction)))),
                Match.objectLike(Map.of("Name", "Approval", "Actions", List.of(Match.objectLike(Map.of(
                        "ActionTypeId", Map.of("Category", "Approval", "Owner", "AWS", "Provider", "Manual", "Version", "1")))))),
                Match.objectLike(Map.of("Name", "DeployProduction", "Actions", Match.arrayWith(List.of(eksAction)))))));
        assertThat(SynthesizedTemplates.json(delivery)).doesNotContain("codeconnections").doesNotContain("codestar-connections");
    }

    /** The cluster's controllers and Karpenter's node pool come from deploy/helm through the pipeline, before the workloads. */
    @Test
    void delivery_InstallsTheClusterChartsFromTheRepository_BeforeTheOverlay_InBothEnvironments() {
        Template delivery = SynthesizedTemplates.of("Proteomics-Delivery");
        for (String stage : List.of("DeployStaging", "DeployProduction")) {
            String environment = stage.equals("DeployStaging") ? "staging" : "prod";
            List<Object> actions = new java.util.ArrayList<>();
            for (String release : List.of("karpenter", "aws-load-balancer-controller", "external-secrets")) {
                actions.add(helmAction(release, environment, 2));
            }
            actions.add(helmAction("karpenter-nodes", environment, 3));
            actions.add(Match.objectLike(Map.of("Name", "Kubernetes", "RunOrder", 3, "Configuration",
                    Match.objectLike(Map.of("ManifestFiles", "build/k8s/" + environment + ".yaml")))));
            delivery.hasResourceProperties("AWS::CodePipeline::Pipeline", Map.of("Stages", Match.arrayWith(List.of(
                    Match.objectLike(Map.of("Name", stage, "Actions", Match.arrayWith(actions)))))));
        }
    }

    private static Object helmAction(String release, String environment, int runOrder) {
        return Match.objectLike(Map.of("Name", "Helm-" + release, "RunOrder", runOrder,
                "ActionTypeId", Map.of("Category", "Deploy", "Owner", "AWS", "Provider", "EKS", "Version", "1"),
                "Configuration", Match.objectLike(Map.of("ClusterName", "proteomics-" + environment,
                        "HelmReleaseName", release, "HelmChartLocation", "deploy/helm/" + release,
                        "HelmValuesFiles", "deploy/helm/" + release + "/values-" + environment + ".yaml"))));
    }

    @Test
    void packages_AreACodeArtifactProxyOfPyPi_InUsEast1() {
        Template packages = SynthesizedTemplates.of("Proteomics-Packages");
        packages.hasResourceProperties("AWS::CodeArtifact::Repository", Map.of("RepositoryName", "pypi-store",
                "ExternalConnections", List.of("public:pypi")));
        packages.hasResourceProperties("AWS::CodeArtifact::Repository", Map.of("RepositoryName", "python",
                "Upstreams", List.of(Match.anyValue())));
    }

    @Test
    void edge_ServesOverTls12_2025WithWafLoggingAndACertificateInUsEast1() {
        Template edge = SynthesizedTemplates.of("Proteomics-Edge");
        edge.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "WebACLId", Match.anyValue(),
                "PriceClass", "PriceClass_All",
                "ViewerCertificate", Match.objectLike(Map.of("MinimumProtocolVersion", "TLSv1.2_2025", "SslSupportMethod", "sni-only")),
                "Logging", Match.objectLike(Map.of("Prefix", "cloudfront/"))))));
        edge.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of("ValidationMethod", "DNS"));
        edge.resourceCountIs("AWS::WAFv2::LoggingConfiguration", 1);
        edge.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "CacheBehaviors", List.of(Match.objectLike(Map.of("PathPattern", "/static/*")))))));
        edge.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        edge.hasResourceProperties("AWS::Route53::KeySigningKey", Map.of("Status", "ACTIVE"));
        edge.resourceCountIs("AWS::Route53::DNSSEC", 1);
        for (String metric : List.of("DNSSECKeySigningKeysNeedingAction", "DNSSECInternalFailure")) {
            edge.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("Namespace", "AWS/Route53", "MetricName", metric,
                    "Threshold", 0, "ComparisonOperator", "GreaterThanThreshold", "AlarmActions", Match.anyValue()));
        }
    }

    /**
     * One session makes ~91 requests in 5 minutes (one every 3.3 s): a campus NAT must not be blocked as one client.
     * Strict per IP only on the login paths, per session (IP + cookie) elsewhere, and a high per-IP ceiling that the
     * allow-listed institutions do not hit.
     */
    @Test
    void edgeWaf_ScopesTheStrictRateRuleToLoginPaths_CountsPerSession_AndExemptsInstitutionsFromThePerIpCeiling() {
        Template edge = SynthesizedTemplates.of("Proteomics-Edge");
        Object startsWith = Match.objectLike(Map.of("ByteMatchStatement", Match.objectLike(Map.of(
                "FieldToMatch", Map.of("UriPath", Map.of()), "PositionalConstraint", "STARTS_WITH", "SearchString", "/oidc/"))));
        Map<String, Object> login = Map.of("Limit", 300, "EvaluationWindowSec", 300, "AggregateKeyType", "IP",
                "ScopeDownStatement", Map.of("OrStatement", Map.of("Statements", Match.arrayWith(List.of(startsWith)))));
        Map<String, Object> perSession = Map.of("Limit", 2000, "EvaluationWindowSec", 300, "AggregateKeyType", "CUSTOM_KEYS",
                "CustomKeys", List.of(Map.of("IP", Map.of()), Map.of("Cookie", Map.of("Name", "sessionid",
                        "TextTransformations", List.of(Map.of("Priority", 0, "Type", "NONE"))))));
        Map<String, Object> perIp = Map.of("Limit", 20000, "EvaluationWindowSec", 300, "AggregateKeyType", "IP",
                "ScopeDownStatement", Map.of("NotStatement", Map.of("Statement",
                        Map.of("IPSetReferenceStatement", Map.of("Arn", Match.anyValue())))));
        List<Object> rules = List.of(
                rateRule("rate-limit-login", login), rateRule("rate-limit-per-session", perSession), rateRule("rate-limit-per-ip", perIp));
        edge.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Scope", "CLOUDFRONT", "Rules", Match.arrayWith(rules)));
        edge.hasResourceProperties("AWS::WAFv2::IPSet", Map.of("Scope", "CLOUDFRONT", "IPAddressVersion", "IPV4"));
        // No rate rule blocks per IP without a scope-down any more.
        assertThat(SynthesizedTemplates.json(edge)).doesNotContain("\"Limit\":2000,\"AggregateKeyType\":\"IP\"}");
    }

    private static Object rateRule(String name, Map<String, Object> statement) {
        return Match.objectLike(Map.of("Name", name, "Action", Map.of("Block", Map.of()),
                "Statement", Map.of("RateBasedStatement", statement)));
    }

    /**
     * Error-budget burn rate, multiwindow: 14.4x over 1 h and 5 min, 6x over 6 h and 30 min, each pair a composite
     * alarm with the on-call action. Availability 99.9% (budget 0.1%): 1.44% and 0.6% of 5xx.
     */
    @Test
    void slos_HaveFastAndSlowBurnRateAlarms_OnTheSiteAndOnAnalyses() {
        Template edge = SynthesizedTemplates.of("Proteomics-Edge");
        Map<Integer, Double> availability = Map.of(3600, 1.44, 300, 1.44, 21600, 0.6, 1800, 0.6);
        availability.forEach((period, threshold) -> edge.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "MetricName", "5xxErrorRate", "Period", period, "Threshold", threshold)));
        edge.resourcePropertiesCountIs("AWS::CloudWatch::CompositeAlarm", Map.of("AlarmActions", Match.anyValue()), 2);
        Template observability = SynthesizedTemplates.of("Proteomics-Observability");
        observability.resourcePropertiesCountIs("AWS::CloudWatch::CompositeAlarm", Map.of("AlarmActions", Match.anyValue()), 2);
        // Analyses 99% (budget 1%): 14.4% failed over an hour, 6% over six hours.
        observability.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "proteomics-AnalysisSuccessFastBurnLong",
                "Threshold", 14.4, "Metrics", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Expression", "IF(s + f + t > 0, 100 * (f + t) / (s + f + t), 0)")),
                        Match.objectLike(Map.of("MetricStat", Match.objectLike(Map.of("Period", 3600))))))));
        observability.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "proteomics-AnalysisSuccessSlowBurnLong",
                "Threshold", 6, "Metrics", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("MetricStat", Match.objectLike(Map.of("Period", 21600))))))));
    }
}
