package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The expected results of the network checks, from hand-written templates. */
class NetworkResultsTest {

    private static final Template VPC = Templates.of("""
            {"Resources": {
              "A": {"Type": "AWS::EC2::Subnet", "Properties": {"AvailabilityZone": "sa-east-1a", "CidrBlock": "10.0.0.0/24"}},
              "B": {"Type": "AWS::EC2::Subnet", "Properties": {"AvailabilityZone": "sa-east-1b", "CidrBlock": "10.0.1.0/24"}},
              "C": {"Type": "AWS::EC2::Subnet", "Properties": {"AvailabilityZone": "sa-east-1a", "CidrBlock": "10.0.2.0/24",
                    "MapPublicIpOnLaunch": false}},
              "Log1": {"Type": "AWS::EC2::FlowLog", "Properties": {}},
              "Log2": {"Type": "AWS::EC2::FlowLog", "Properties": {}}}}
            """);

    @Test
    void subnets_AreCountedAndListedByZone_InTemplateOrderWithinAZone() {
        assertThat(ExpectedResults.of("S", "aws ec2 describe-subnets --filters Name=vpc-id,Values=vpc-1 "
                + "--query 'Subnets[].[AvailabilityZone,CidrBlock,MapPublicIpOnLaunch]' --output table", VPC)).containsExactly(
                "esperado: 3 linhas, MapPublicIpOnLaunch False em todas:",
                "  sa-east-1a: 10.0.0.0/24, 10.0.2.0/24",
                "  sa-east-1b: 10.0.1.0/24");
    }

    @Test
    void subnets_RefuseAQueriedFieldTheyDoNotPrint() {
        assertThatThrownBy(() -> ExpectedResults.of("S", "aws ec2 describe-subnets --query 'Subnets[].[SubnetId]'", VPC))
                .hasMessageContaining("queries 'SubnetId'");
    }

    @Test
    void flowLogs_AreOneActivePerFlowLogOfTheTemplate() {
        assertThat(ExpectedResults.of("S", "aws ec2 describe-flow-logs --query 'FlowLogs[].FlowLogStatus'", VPC))
                .containsExactly("esperado: [\"ACTIVE\", \"ACTIVE\"]");
    }
}
