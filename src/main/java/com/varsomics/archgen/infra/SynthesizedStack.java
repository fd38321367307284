package com.varsomics.archgen.infra;

import java.util.List;

/**
 * One stack of the synthesized CDK app, as the provisioning guide shows it.
 *
 * @param name          stack name ({@code cdk deploy <name>})
 * @param region        region the stack deploys to
 * @param account       which account of the organization it deploys to: {@value #WORKLOAD} or {@value #TOOLING}
 * @param description   the template's description (pt-BR)
 * @param dependencies  stacks that must be deployed first
 * @param parameters    template parameters the deploy command must pass
 * @param outputs       template outputs, in template order
 * @param verification  {@code aws} CLI commands; {@code {{OutputKey}}} stands for an output's value
 * @param resourceCount CloudFormation resources in the template
 */
public record SynthesizedStack(String name, String region, String account, String description, List<String> dependencies,
                               List<Parameter> parameters, List<Output> outputs, List<String> verification,
                               int resourceCount) {

    /** The account of one environment (staging or production) that runs the platform. */
    public static final String WORKLOAD = "workload";
    /** The CI/CD tooling account. */
    public static final String TOOLING = "tooling";

    public record Parameter(String key, String description) {
    }

    public record Output(String key, String description) {
    }
}
