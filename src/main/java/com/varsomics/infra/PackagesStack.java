package com.varsomics.infra;

import software.amazon.awscdk.services.codeartifact.CfnDomain;
import software.amazon.awscdk.services.codeartifact.CfnRepository;
import software.constructs.Construct;

import java.util.List;

/**
 * Python packages for the builds, in the CI/CD tooling account: a CodeArtifact domain whose repository proxies and
 * caches PyPI, so builds install pinned dependencies from one audited place. In us-east-1 because CodeArtifact is not
 * offered in sa-east-1; it holds only public open-source packages, no personal data.
 */
public final class PackagesStack extends PlatformStack {

    public static final String DOMAIN = "proteomics";
    /** The repository the builds use (pip index-url); it fetches from pypi-store, the PyPI proxy. */
    public static final String REPOSITORY = "python";

    public PackagesStack(Construct scope, String id, PlatformSettings settings) {
        super(scope, id, "Pacotes (conta de ferramentas, us-east-1, onde o CodeArtifact existe): domínio CodeArtifact com proxy do PyPI.",
                PlatformSettings.PACKAGES_REGION, settings.toolingAccount(), TOOLING_ACCOUNT, settings);
        CfnDomain domain = CfnDomain.Builder.create(this, "PackageDomain")
                .domainName(DOMAIN)
                .build();
        CfnRepository pypiStore = CfnRepository.Builder.create(this, "PypiStoreRepository")
                .domainName(domain.getAttrName())
                .repositoryName("pypi-store")
                .description("Proxy e cache do PyPI público.")
                .externalConnections(List.of("public:pypi"))
                .build();
        CfnRepository python = CfnRepository.Builder.create(this, "PythonRepository")
                .domainName(domain.getAttrName())
                .repositoryName(REPOSITORY)
                .description("Repositório que os builds usam (pip index-url); busca no pypi-store.")
                .upstreams(List.of(pypiStore.getAttrName()))
                .build();

        output("CodeArtifactDomain", domain.getAttrName(), "Domínio do CodeArtifact.");
        output("PythonRepositoryArn", python.getAttrArn(), "Repositório python (upstream pypi-store → PyPI).");
        verifiedBy(
                "aws codeartifact describe-repository --region us-east-1 --domain {{CodeArtifactDomain}} --repository pypi-store --query 'repository.externalConnections'",
                "aws codeartifact get-repository-endpoint --region us-east-1 --domain {{CodeArtifactDomain}} --repository " + REPOSITORY + " --format pypi");
    }
}
