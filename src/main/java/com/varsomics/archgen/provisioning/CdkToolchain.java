package com.varsomics.archgen.provisioning;

/**
 * What deploying the synthesized app requires, as the cloud assembly itself declares it.
 *
 * @param cliVersion         lowest CDK CLI that reads the assembly ({@code minimumCliVersion} in {@code manifest.json})
 * @param libraryVersion     {@code aws-cdk-lib} version that synthesized it ({@code tree.json})
 * @param bootstrapVersion   lowest bootstrap stack version the stacks require
 * @param bootstrapQualifier qualifier of the bootstrap resources ({@code hnb659fds} unless customized)
 */
public record CdkToolchain(String cliVersion, String libraryVersion, int bootstrapVersion, String bootstrapQualifier) {
}
