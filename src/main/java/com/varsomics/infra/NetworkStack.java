package com.varsomics.infra;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpointService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The VPC over three AZs: public subnets (NAT gateways, the ALB), private app subnets (EKS nodes, Batch instances,
 * RDS Proxy) and isolated data subnets (Aurora). One NAT gateway per AZ so an AZ failure does not cut egress of the
 * others; gateway and interface endpoints keep AWS API traffic (ECR pulls, S3, Step Functions…) off the NAT.
 */
public final class NetworkStack extends PlatformStack {

    /** Subnet group names; other stacks select subnets by them. */
    public static final String PUBLIC = "Public";
    public static final String APP = "App";
    public static final String DATA = "Data";

    private static final Map<String, IInterfaceVpcEndpointService> INTERFACE_ENDPOINTS = Map.of(
            "EcrApi", InterfaceVpcEndpointAwsService.ECR,
            "EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER,
            "Sts", InterfaceVpcEndpointAwsService.STS,
            "Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
            "SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            "Kms", InterfaceVpcEndpointAwsService.KMS,
            "StepFunctions", InterfaceVpcEndpointAwsService.STEP_FUNCTIONS,
            "Sqs", InterfaceVpcEndpointAwsService.SQS,
            "EksAuth", InterfaceVpcEndpointAwsService.EKS_AUTH);

    /** A literal (not the VPC's Fn::GetAtt) so security-group rules stay checkable by cdk-nag; workspace.dsl's VPC. */
    public static final String VPC_CIDR = "10.20.0.0/16";

    private final Vpc vpc;

    public NetworkStack(Construct scope, String id, PlatformSettings settings, SecurityStack security) {
        super(scope, id, "Rede: VPC em 3 zonas de disponibilidade, sub-redes, NAT, endpoints e flow logs.",
                PlatformSettings.WORKLOAD_REGION, settings);

        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(LOG_RETENTION)
                .encryptionKey(security.logsKey())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();

        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr(VPC_CIDR))
                .availabilityZones(settings.availabilityZones())
                .natGateways(settings.availabilityZones().size())
                // Allocated in this order, each block aligned to its mask, which gives the model's ranges: public
                // 10.20.0-2.0/24, app 10.20.32.0/19, .64.0/19, .96.0/19, data 10.20.200-202.0/24; the reserved
                // groups only skip 10.20.128.0-199.255 (left for growth) so the data subnets land on .200.
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name(PUBLIC).subnetType(SubnetType.PUBLIC).cidrMask(24).mapPublicIpOnLaunch(false).build(),
                        // /19 per AZ: the VPC CNI gives every pod a VPC address.
                        SubnetConfiguration.builder().name(APP).subnetType(SubnetType.PRIVATE_WITH_EGRESS).cidrMask(19).build(),
                        SubnetConfiguration.builder().name("Reserved20").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(20).reserved(true).build(),
                        SubnetConfiguration.builder().name("Reserved21").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(21).reserved(true).build(),
                        SubnetConfiguration.builder().name(DATA).subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build()))
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                        .trafficType(FlowLogTrafficType.ALL)
                        .build()))
                .build();
        INTERFACE_ENDPOINTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(endpoint ->
                vpc.addInterfaceEndpoint(endpoint.getKey() + "Endpoint", InterfaceVpcEndpointOptions.builder()
                        .service(endpoint.getValue())
                        .subnets(appSubnets())
                        .privateDnsEnabled(true)
                        .open(false)
                        .build())
                        .getConnections().allowFrom(Peer.ipv4(VPC_CIDR), Port.tcp(443), "HTTPS de dentro da VPC"));
        for (int az = 1; az <= settings.availabilityZones().size(); az++) {
            Nag.suppress(vpc.getNode().findChild(PUBLIC + "Subnet" + az), "HIPAA.Security-VPCNoUnrestrictedRouteToIGW",
                    "Sub-rede pública: hospeda só os NAT gateways e o ALB internet-facing, que precisam da rota para o internet gateway.");
        }

        acknowledgeNamedAvailabilityZones();
        output("VpcId", vpc.getVpcId(), "VPC da plataforma.");
        output("AppSubnetIds", Fn.join(",", vpc.selectSubnets(appSubnets()).getSubnetIds()),
                "Sub-redes privadas de aplicação (EKS, Batch, RDS Proxy), uma por AZ.");
        output("DataSubnetIds", Fn.join(",", vpc.selectSubnets(dataSubnets()).getSubnetIds()),
                "Sub-redes isoladas de dados (Aurora), uma por AZ.");
        verifiedBy(
                "aws ec2 describe-subnets --region sa-east-1 --filters Name=vpc-id,Values={{VpcId}} --query 'Subnets[].[AvailabilityZone,CidrBlock,MapPublicIpOnLaunch]' --output table",
                "aws ec2 describe-flow-logs --region sa-east-1 --filter Name=resource-id,Values={{VpcId}} --query 'FlowLogs[].FlowLogStatus'",
                "aws ec2 describe-vpc-endpoints --region sa-east-1 --filters Name=vpc-id,Values={{VpcId}} --query 'VpcEndpoints[].ServiceName'");
    }

    public Vpc vpc() {
        return vpc;
    }

    public static SubnetSelection appSubnets() {
        return SubnetSelection.builder().subnetGroupName(APP).build();
    }

    public static SubnetSelection dataSubnets() {
        return SubnetSelection.builder().subnetGroupName(DATA).build();
    }
}
