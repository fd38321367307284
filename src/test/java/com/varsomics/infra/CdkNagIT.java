package com.varsomics.infra;

import com.varsomics.archgen.provisioning.CloudAssemblyReader;
import com.varsomics.archgen.provisioning.NagFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** cdk-nag ran on every stack during ./mvnw package: nothing is left open, and every exception has a reason. */
class CdkNagIT {

    private final CloudAssemblyReader assembly = new CloudAssemblyReader(SynthesizedTemplates.CDK_OUT);

    @Test
    void bothRulePacks_ReportOnEveryStack() {
        for (var stack : assembly.stacks()) {
            for (String pack : List.of("AwsSolutions", "HIPAA.Security")) {
                assertThat(SynthesizedTemplates.CDK_OUT.resolve(pack + "-" + stack.name() + "-NagReport.json")).isNotEmptyFile();
            }
        }
    }

    @Test
    void noFinding_IsLeftNonCompliantOrUnevaluated() {
        assertThat(assembly.nagFindings()).filteredOn(NagFinding::open).isEmpty();
    }

    @Test
    void everySuppression_HasAWrittenReason() {
        assertThat(assembly.nagFindings()).filteredOn(NagFinding::suppressed).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.reason()).as(finding.ruleId() + " on " + finding.resource()).hasSizeGreaterThan(20));
    }

    /** The summary prefix is not hidden in the state machine's rule-wide exception: it has its own finding and reason. */
    @Test
    void theInputBucketWildcards_OfTheStateMachine_AreEachSuppressedOnTheirOwn_NamingThePrefix() {
        assertThat(assembly.nagFindings()).filteredOn(NagFinding::suppressed)
                .filteredOn(finding -> finding.resource().equals("Proteomics-Workflow/AnalysisStateMachine/Role/DefaultPolicy/Resource"))
                .filteredOn(finding -> finding.reason().startsWith("[Resource::<InputBucket"))
                .extracting(NagFinding::reason)
                .hasSize(2)
                .anySatisfy(reason -> assertThat(reason).contains(".Arn>/_execucoes/*] O ResultWriter"))
                .anySatisfy(reason -> assertThat(reason).contains(".Arn>/samples/*/manifest.json] O ItemReader"));
    }

    @Test
    void synthesis_LeftNoWarningOrErrorAnnotation() {
        assertThat(assembly.warningAndErrorAnnotations()).isEmpty();
    }
}
