package com.varsomics.archgen.infra;

import java.util.List;

/**
 * One stack of the synthesized CDK app, as the provisioning guide shows it.
 *
 * @param name          stack name ({@code cdk deploy <name>})
 * @param region        region the stack deploys to
 * @param description   the template's description (pt-BR)
 * @param dependencies  stacks that must be deployed first
 * @param parameters    template parameters the deploy command must pass
 * @param outputs       template outputs, in template order
 * @param verification  {@code aws} CLI commands; {@code {{OutputKey}}} stands for an output's value
 * @param resourceCount CloudFormation resources in the template
 */
public record SynthesizedStack(String name, String region, String description, List<String> dependencies,
                               List<Parameter> parameters, List<Output> outputs, List<String> verification,
                               int resourceCount) {

    public record Parameter(String key, String description) {
    }

    public record Output(String key, String description) {
    }
}
