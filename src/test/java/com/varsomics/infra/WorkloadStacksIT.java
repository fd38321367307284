package com.varsomics.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the document promises about network, compute, workflow, delivery and edge. */
class WorkloadStacksIT {

    @Test
    void network_SpansThreeAzs_WithANatGatewayPerAz_FlowLogsAndEndpoints() {
        Template network = SynthesizedTemplates.of("Proteomics-Network");
        network.resourceCountIs("AWS::EC2::NatGateway", 3);
        for (String az : List.of("sa-east-1a", "sa-east-1b", "sa-east-1c")) {
            network.resourcePropertiesCountIs("AWS::EC2::Subnet", Map.of("AvailabilityZone", az), 3);
        }
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of("TrafficType", "ALL"));
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
        compute.hasResourceProperties("AWS::EKS::Nodegroup", Map.of("ScalingConfig", Map.of("MinSize", 3, "DesiredSize", 3, "MaxSize", 12)));
        for (String serviceAccount : List.of("api", "status-consumer")) {
            compute.hasResourceProperties("AWS::EKS::PodIdentityAssociation",
                    Map.of("Namespace", "proteomics", "ServiceAccount", serviceAccount));
        }
        compute.hasResourceProperties("AWS::EKS::AccessEntry", Map.of("Type", "STANDARD"));
    }

    @Test
    void batch_RunsOnSpotWithPriceCapacityOptimized_FallsBackToOnDemand_AndRetriesOnlyInfrastructureFailures() {
        Template compute = SynthesizedTemplates.of("Proteomics-Compute");
        compute.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("Type", "managed", "ComputeResources",
                Match.objectLike(Map.of("Type", "SPOT", "AllocationStrategy", "SPOT_PRICE_CAPACITY_OPTIMIZED"))));
        compute.hasResourceProperties("AWS::Batch::ComputeEnvironment", Map.of("ComputeResources",
                Match.objectLike(Map.of("Type", "EC2"))));
        compute.hasResourceProperties("AWS::Batch::JobQueue", Map.of("ComputeEnvironmentOrder", List.of(
                Map.of("ComputeEnvironment", Match.anyValue(), "Order", 1),
                Map.of("ComputeEnvironment", Match.anyValue(), "Order", 2))));
        compute.hasResourceProperties("AWS::Batch::JobDefinition", Map.of(
                "Timeout", Map.of("AttemptDurationSeconds", 6 * 3600),
                "RetryStrategy", Map.of("Attempts", 3, "EvaluateOnExit", List.of(
                        Map.of("Action", "RETRY", "OnStatusReason", "Host EC2*"),
                        Map.of("Action", "RETRY", "OnReason", "CannotPullContainerError:*"),
                        Map.of("Action", "EXIT", "OnExitCode", "*")))));
        // The image is the analysis repository's at the immutable tag from cdk.json, never "latest".
        assertThat(SynthesizedTemplates.json(compute)).contains("AnalysisRepository").contains("\":1.0.0\"").doesNotContain(":latest");
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
                .contains("\\\"TimeoutSeconds\\\":172800")
                .contains("\\\"Type\\\":\\\"Map\\\"").contains("\\\"Mode\\\":\\\"DISTRIBUTED\\\"").contains("\\\"MaxConcurrency\\\":100")
                .contains(":states:::batch:submitJob.sync").contains("\\\"Timeout\\\":{\\\"AttemptDurationSeconds\\\":21600}")
                .contains("\\\"BackoffRate\\\":2").contains("\\\"JitterStrategy\\\":\\\"FULL\\\"")
                .contains("\\\"Catch\\\":[{\\\"ErrorEquals\\\":[\\\"States.ALL\\\"]");
        workflow.hasResourceProperties("AWS::Events::Rule", Map.of("EventPattern", Map.of(
                "source", List.of("aws.states"),
                "detail-type", List.of("Step Functions Execution Status Change"),
                "detail", Map.of("stateMachineArn", Match.anyValue()))));
        workflow.hasResourceProperties("AWS::SQS::Queue", Map.of("QueueName", "proteomics-analysis-status",
                "RedrivePolicy", Map.of("deadLetterTargetArn", Match.anyValue(), "maxReceiveCount", 5)));
    }

    @Test
    void delivery_HasImmutableScannedImages_AndAPipelineV2WithApprovalBeforeProduction() {
        Template delivery = SynthesizedTemplates.of("Proteomics-Delivery");
        delivery.resourcePropertiesCountIs("AWS::ECR::Repository", Map.of("ImageTagMutability", "IMMUTABLE",
                "ImageScanningConfiguration", Map.of("ScanOnPush", true)), 4);
        delivery.hasResourceProperties("AWS::CodePipeline::Pipeline", Map.of("PipelineType", "V2", "Stages", List.of(
                Match.objectLike(Map.of("Name", "Source")),
                Match.objectLike(Map.of("Name", "Test")),
                Match.objectLike(Map.of("Name", "Build")),
                Match.objectLike(Map.of("Name", "Scan")),
                Match.objectLike(Map.of("Name", "DeployStaging")),
                Match.objectLike(Map.of("Name", "Approval", "Actions", List.of(Match.objectLike(Map.of(
                        "ActionTypeId", Map.of("Category", "Approval", "Owner", "AWS", "Provider", "Manual", "Version", "1")))))),
                Match.objectLike(Map.of("Name", "DeployProduction")))));
    }

    @Test
    void edge_ServesOverTls12WithWafLoggingAndACertificateInUsEast1() {
        Template edge = SynthesizedTemplates.of("Proteomics-Edge");
        edge.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "WebACLId", Match.anyValue(),
                "PriceClass", "PriceClass_All",
                "ViewerCertificate", Match.objectLike(Map.of("MinimumProtocolVersion", "TLSv1.2_2021", "SslSupportMethod", "sni-only")),
                "Logging", Match.objectLike(Map.of("Prefix", "cloudfront/"))))));
        edge.hasResourceProperties("AWS::WAFv2::WebACL", Map.of("Scope", "CLOUDFRONT", "Rules", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Name", "rate-limit-per-ip"))))));
        edge.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of("ValidationMethod", "DNS"));
        edge.resourceCountIs("AWS::WAFv2::LoggingConfiguration", 1);
    }
}
