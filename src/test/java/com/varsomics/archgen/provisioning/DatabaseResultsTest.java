package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The expected results of the Aurora and RDS Proxy checks, from hand-written templates. */
class DatabaseResultsTest {

    private static final Template DATABASE = Templates.of("""
            {"Resources": {
              "Cluster": {"Type": "AWS::RDS::DBCluster", "Properties": {"EngineVersion": "16.4", "StorageEncrypted": true,
                          "BackupRetentionPeriod": 14, "ManageMasterUserPassword": true}},
              "Writer": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": {"Ref": "Cluster"}, "AvailabilityZone": "sa-east-1a"}},
              "Reader": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": {"Ref": "Cluster"}, "AvailabilityZone": "sa-east-1b"}},
              "Other": {"Type": "AWS::RDS::DBInstance", "Properties": {"DBClusterIdentifier": {"Ref": "Elsewhere"}, "AvailabilityZone": "sa-east-1c"}},
              "Proxy": {"Type": "AWS::RDS::DBProxy", "Properties": {"DBProxyName": "app-proxy", "RequireTLS": true, "DefaultAuthScheme": "IAM_AUTH"}}},
             "Outputs": {"ClusterId": {"Value": {"Ref": "Cluster"}}}}
            """);

    @Test
    void databaseCluster_CountsItsOwnInstancesAndZones_ForMultiAzAndTheMembers() {
        assertThat(ExpectedResults.of("S", "aws rds describe-db-clusters --db-cluster-identifier {{ClusterId}} --query "
                + "'DBClusters[0].[EngineVersion,MultiAZ,StorageEncrypted,BackupRetentionPeriod,MasterUserSecret.SecretStatus]'", DATABASE))
                .containsExactly("esperado: [\"16.4\", true, true, 14, \"active\"]");
        assertThat(ExpectedResults.of("S", "aws rds describe-db-clusters --db-cluster-identifier {{ClusterId}} "
                + "--query 'DBClusters[0].[MasterUserSecret.SecretStatus,DBClusterMembers[].IsClusterWriter]'", DATABASE)).containsExactly(
                "esperado: [\"active\", [true, false]]",
                "obs.: um writer e 1 reader, em 2 AZs; a ordem dos membros pode variar");
    }

    @Test
    void databaseProxy_IsFoundByName_WithItsTlsAndAuthScheme() {
        assertThat(ExpectedResults.of("S", "aws rds describe-db-proxies --db-proxy-name app-proxy "
                + "--query 'DBProxies[0].[RequireTLS,DefaultAuthScheme,Status]'", DATABASE))
                .containsExactly("esperado: [true, \"IAM_AUTH\", \"available\"]");
    }
}
