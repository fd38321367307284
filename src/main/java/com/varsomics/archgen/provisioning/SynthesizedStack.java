package com.varsomics.archgen.provisioning;

import java.util.List;

/**
 * One stack of the synthesized CDK app, as the provisioning guide shows it.
 *
 * @param name                  stack name ({@code cdk deploy <name>})
 * @param region                region the stack deploys to
 * @param account               which account of the organization it deploys to: {@value #WORKLOAD} or {@value #TOOLING}
 * @param description           the template's description (pt-BR)
 * @param dependencies          stacks that must be deployed first
 * @param parameters            template parameters the deploy command must pass
 * @param outputs               template outputs, in template order
 * @param verification          {@code aws} CLI commands with their expected result; {@code {{OutputKey}}} stands for an
 *                              output's value
 * @param resourceCount         CloudFormation resources in the template
 * @param terminationProtection whether the stack is created with termination protection
 * @param retained              resources that stay (or leave a snapshot) when the stack is deleted
 * @param unprotect             {@code aws} CLI commands that turn off the deletion protection of resources the stack
 *                              deletes, to run before {@code cdk destroy}; {@code {{OutputKey}}} as above
 */
public record SynthesizedStack(String name, String region, String account, String description, List<String> dependencies,
                               List<Parameter> parameters, List<Output> outputs, List<Verification> verification,
                               int resourceCount, boolean terminationProtection, List<RetainedResource> retained,
                               List<String> unprotect) {

    /** The account of one environment (staging or production) that runs the platform. */
    public static final String WORKLOAD = "workload";
    /** The CI/CD tooling account. */
    public static final String TOOLING = "tooling";

    public record Parameter(String key, String description) {
    }

    public record Output(String key, String description) {
    }

    /**
     * A check of the deployed stack.
     *
     * @param command  the {@code aws} CLI command
     * @param expected what it should print, as comment lines (without {@code #}), derived from the template
     */
    public record Verification(String command, List<String> expected) {
    }

    /**
     * A resource CloudFormation does not delete with the stack.
     *
     * @param path   construct path ({@code Stack/Construct})
     * @param type   CloudFormation type
     * @param policy {@code DeletionPolicy}: {@code Retain} keeps the resource, {@code Snapshot} deletes it after a final
     *               snapshot
     */
    public record RetainedResource(String path, String type, String policy) {
    }
}
