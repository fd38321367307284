package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.check.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** workspaces/cdk-constructs.dsl against cdk-out/minimal: one element right, one without construct, one wrong path. */
class InfrastructureConsistencyTest {

    private final CloudAssemblyReader minimal = new CloudAssemblyReader(CloudAssemblyReaderTest.minimal());

    @Test
    void findings_NameTheElementWithoutConstruct_TheWrongPath_AndTheStacksNoElementDeploys() {
        List<Finding> findings = InfrastructureConsistency.findings(Fixtures.load("cdk-constructs.dsl"),
                minimal.constructPathsWithResources(), List.of("Data", "Edge", "Workflow"));

        assertThat(findings).containsExactly(
                new Finding("infra.element.construct", new Location("cdk-constructs.dsl", 11),
                        "element 'cdn' (\"CDN\") is an AWS resource (aws.service 'Amazon CloudFront') but names no construct of the CDK app.",
                        "Add the property \"cdk.construct\" \"<Stack>/<ConstructPath>\" (paths are in build/cdk.out/tree.json), or \"cdk.outOfScope\" \"<motivo>\" if the app does not deploy it."),
                new Finding("infra.element.construct", new Location("cdk-constructs.dsl", 19),
                        "element 'queue' (\"Fila de status\") names the construct 'Data/Settings', which holds no resource in the synthesized CDK app.",
                        "Use a path from build/cdk.out/tree.json or add the resource to the stack."),
                new Finding("infra.element.construct", new Location("cdk-constructs.dsl", 19),
                        "element 'queue' (\"Fila de status\") names the construct 'Data/StatusQueue', which holds no resource in the synthesized CDK app.",
                        "Use a path from build/cdk.out/tree.json or add the resource to the stack."),
                new Finding("infra.stack.element", Location.of("cdk.out"),
                        "stack 'Edge' deploys no element of the model.",
                        "Add \"cdk.construct\" \"Edge/<ConstructPath>\" to the elements it deploys in workspace.dsl."),
                new Finding("infra.stack.element", Location.of("cdk.out"),
                        "stack 'Workflow' deploys no element of the model.",
                        "Add \"cdk.construct\" \"Workflow/<ConstructPath>\" to the elements it deploys in workspace.dsl."));
    }
}
