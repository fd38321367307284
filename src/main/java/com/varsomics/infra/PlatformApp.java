package com.varsomics.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.HIPAASecurityChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagReportFormat;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.cxapi.CloudAssembly;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS CDK app: every stack of the platform in deployment order, checked by cdk-nag. The documentation build calls
 * {@link #synthesize(Path)} (no CDK CLI); a real deployment runs {@link #main} through {@code cdk.json}.
 */
public final class PlatformApp {

    private PlatformApp() {
    }

    /** Used by the {@code cdk} CLI (see cdk.json): it passes context and the output folder through the environment. */
    public static void main(String[] args) {
        App app = new App();
        // The CLI sets CDK_DEFAULT_ACCOUNT from the caller's credentials; context "account" wins over it.
        addStacks(app, PlatformSettings.from(app.getNode(), System.getenv("CDK_DEFAULT_ACCOUNT")));
        app.synth();
    }

    /**
     * Synthesizes account-agnostic templates into {@code outputDirectory}, the same on every machine, with the context
     * of {@code cdk.json} (settings and feature flags), so the build renders exactly what {@code cdk deploy} would.
     */
    public static CloudAssembly synthesize(Path cdkJson, Path outputDirectory) {
        Map<String, Object> context = new LinkedHashMap<>(CdkJson.context(cdkJson));
        // The aws:cdk:path metadata lets the model's cdk.construct paths be checked against the templates.
        context.put("aws:cdk:enable-path-metadata", true);
        // Stack traces name jsii's temporary folder, which would make cdk.out differ on every run.
        context.put("aws:cdk:disable-stack-trace", true);
        context.put("aws:cdk:disable-creation-stack-traces", true);
        App app = new App(AppProps.builder()
                .outdir(outputDirectory.toString())
                .context(context)
                .build());
        addStacks(app, PlatformSettings.from(app.getNode(), null));
        return app.synth();
    }

    /** Creates the stacks in the order the provisioning guide deploys them and applies the cdk-nag rule packs. */
    public static List<PlatformStack> addStacks(App app, PlatformSettings settings) {
        SecurityStack security = new SecurityStack(app, "Proteomics-Security", settings);
        NetworkStack network = new NetworkStack(app, "Proteomics-Network", settings, security);
        DataStack data = new DataStack(app, "Proteomics-Data", settings, security, network);
        IdentityStack identity = new IdentityStack(app, "Proteomics-Identity", settings);
        ComputeStack compute = new ComputeStack(app, "Proteomics-Compute", settings, security, network, data);
        WorkflowStack workflow = new WorkflowStack(app, "Proteomics-Workflow", settings, security, data, compute);
        ObservabilityStack observability = new ObservabilityStack(app, "Proteomics-Observability", settings, security);
        observability.addStackDependency(workflow, "alarms name the state machine and the status queue");
        observability.addStackDependency(data, "alarms name the Aurora cluster and RDS Proxy");
        EdgeStack edge = new EdgeStack(app, "Proteomics-Edge", settings);
        edge.addStackDependency(data, "CloudFront reads the static assets bucket and writes its logs to the sa-east-1 edge logs bucket");
        edge.addStackDependency(compute, "the origin ALB is protected by the compute stack's security group and web ACL");
        // Last, in the tooling account: its EKS deploy actions need the subnets and security group of each workload
        // account (context deployTargets), and it references nothing of the workload stacks.
        PackagesStack packages = new PackagesStack(app, "Proteomics-Packages", settings);
        DeliveryStack delivery = new DeliveryStack(app, "Proteomics-Delivery", settings);

        Aspects.of(app).add(new AwsSolutionsChecks(nagProps()));
        Aspects.of(app).add(new HIPAASecurityChecks(nagProps()));
        return List.of(security, network, data, identity, compute, workflow, observability, edge, packages, delivery);
    }

    private static NagPackProps nagProps() {
        return NagPackProps.builder()
                .verbose(true)
                .reports(true)
                .reportFormats(List.of(NagReportFormat.JSON))
                .build();
    }
}
