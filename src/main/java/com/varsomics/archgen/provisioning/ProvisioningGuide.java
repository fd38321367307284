package com.varsomics.archgen.provisioning;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the AsciiDoc fragments (pt-BR) that the document's provisioning guide and security chapter include, from the
 * synthesized app only: the bootstrap of the accounts and one provisioning step per stack in deployment order (sections
 * with role {@code passo}, level 3, numbered by the document counter {@code passo}), each with its {@code cdk deploy}
 * command ({@code role=comando}), outputs and {@code aws} CLI checks with their expected results
 * ({@code role=verificacao}); one table of every stack output; the teardown commands in reverse order with the
 * resources CloudFormation keeps; the toolchain versions as document attributes; and the table of cdk-nag suppressions.
 * Same cloud assembly, same bytes.
 */
public final class ProvisioningGuide {

    public static final String STACKS_FILE = "stacks.adoc";
    public static final String SUPPRESSIONS_FILE = "nag-suppressions.adoc";
    public static final String OUTPUTS_FILE = "stack-outputs.adoc";
    public static final String TEARDOWN_FILE = "teardown.adoc";
    public static final String TOOLCHAIN_FILE = "cdk-app.adoc";
    public static final List<String> FILES = List.of(STACKS_FILE, SUPPRESSIONS_FILE, OUTPUTS_FILE, TEARDOWN_FILE, TOOLCHAIN_FILE);

    /** The document counter that numbers the guide's steps, generated and hand-written alike. */
    static final String STEP_COUNTER = "{counter:passo}";

    private static final String HEADER = "// Gerado por ./mvnw package a partir de build/cdk.out (com.varsomics.infra). Não edite: altere o código CDK.\n";

    private ProvisioningGuide() {
    }

    public static void write(List<SynthesizedStack> stacks, List<NagFinding> findings, CdkToolchain toolchain, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(STACKS_FILE), stacks(stacks, toolchain), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(SUPPRESSIONS_FILE), suppressions(findings), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(OUTPUTS_FILE), outputs(stacks), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(TEARDOWN_FILE), teardown(stacks), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(TOOLCHAIN_FILE), toolchain(stacks, toolchain), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(directory + ": cannot write the provisioning guide fragments (" + e.getMessage() + ").", e);
        }
    }

    /** Document attributes with the versions the assembly requires, for the guide's prerequisites. */
    static String toolchain(List<SynthesizedStack> stacks, CdkToolchain toolchain) {
        return HEADER + ":cdk-cli-version: " + toolchain.cliVersion() + "\n"
                + ":aws-cdk-lib-version: " + toolchain.libraryVersion() + "\n"
                + ":cdk-stack-count: " + stacks.size() + "\n"
                + ":cdk-resource-count: " + stacks.stream().mapToInt(SynthesizedStack::resourceCount).sum() + "\n";
    }

    static String stacks(List<SynthesizedStack> stacks, CdkToolchain toolchain) {
        StringBuilder adoc = new StringBuilder(HEADER);
        adoc.append("\n[#passo-bootstrap.passo]\n=== Passo ").append(STEP_COUNTER).append(": preparar as contas para o CDK (bootstrap)\n\n")
                .append("O app tem ").append(stacks.size()).append(" stacks. A ordem abaixo implanta cada uma depois das que ela usa:\n\n")
                .append(".Stacks na ordem de implantação\n[cols=\"1,4,4,2,5\",options=\"header\"]\n|===\n|# |Stack |Conta |Região |Depende de\n");
        int order = 1;
        for (SynthesizedStack stack : stacks) {
            adoc.append('|').append(order++).append(" |`").append(stack.name()).append("` |").append(accountName(stack.account()))
                    .append(" |`").append(stack.region()).append("` |")
                    .append(stack.dependencies().isEmpty() ? "—" : stack.dependencies().stream().map(d -> "`" + d + "`").collect(Collectors.joining(", ")))
                    .append('\n');
        }
        adoc.append("|===\n\n");
        adoc.append("""
                Os comandos usam as variáveis `AMBIENTE` (`staging` ou `prod`), `CONTA_CARGA` e `PERFIL_CARGA` (conta \
                de carga de trabalho desse ambiente e o perfil da AWS CLI nela), `CONTEXTO` (valores de contexto do \
                ambiente que diferem do `cdk.json`), `DOMINIO` e `ZONA` (domínio do site e id da zona hospedada do \
                ambiente) e `CONTA_FERRAMENTAS` e `PERFIL_FERRAMENTAS` (conta de ferramentas CI/CD). Cada conta é preparada uma vez, nas regiões em que recebe stacks; a conta de carga de trabalho \
                confia na de ferramentas, de onde o pipeline aplica as atualizações seguintes. A função `saida` lê uma \
                saída de stack nas verificações:

                [source,bash,role=comando]
                ----
                """);
        List<String[]> bootstrapped = new ArrayList<>();
        for (String account : List.of(SynthesizedStack.TOOLING, SynthesizedStack.WORKLOAD)) {
            List<String> regions = stacks.stream().filter(stack -> stack.account().equals(account))
                    .map(SynthesizedStack::region).distinct().sorted().toList();
            if (regions.isEmpty()) {
                continue;
            }
            regions.forEach(region -> bootstrapped.add(new String[]{account, region}));
            String bootstrap = "cdk bootstrap " + regions.stream().map(region -> "aws://$" + accountVariable(account) + "/" + region)
                    .collect(Collectors.joining(" ")) + " --profile \"$" + profileVariable(account) + '"';
            if (account.equals(SynthesizedStack.WORKLOAD)) {
                bootstrap += " --trust \"$CONTA_FERRAMENTAS\" --cloudformation-execution-policies arn:aws:iam::aws:policy/AdministratorAccess";
            }
            adoc.append(command(bootstrap));
        }
        adoc.append(command("saida() { aws cloudformation describe-stacks --region \"$1\" --stack-name \"$2\" "
                + "--query \"Stacks[0].Outputs[?OutputKey=='$3'].OutputValue\" --output text; }"));
        adoc.append("""
                ----

                .Verificação do bootstrap
                [source,bash,role=verificacao]
                ----
                """);
        for (String[] accountRegion : bootstrapped) {
            adoc.append(command("aws ssm get-parameter --region " + accountRegion[1] + " --name /cdk-bootstrap/"
                    + toolchain.bootstrapQualifier() + "/version --query Parameter.Value --output text --profile \"$"
                    + profileVariable(accountRegion[0]) + '"'));
        }
        adoc.append(comment("esperado: em cada conta e região, um número maior ou igual a " + toolchain.bootstrapVersion()
                + " (a versão de bootstrap que as stacks exigem)")).append('\n');
        String workloadRegion = bootstrapped.stream().filter(a -> a[0].equals(SynthesizedStack.WORKLOAD)).map(a -> a[1]).findFirst().orElse(null);
        if (workloadRegion != null) {
            adoc.append(command("aws cloudformation describe-stacks --region " + workloadRegion + " --stack-name CDKToolkit "
                            + "--query \"Stacks[0].Parameters[?ParameterKey=='TrustedAccounts'].ParameterValue\" --output text "
                            + "--profile \"$PERFIL_CARGA\""))
                    .append(comment("esperado: o id da conta de ferramentas ($CONTA_FERRAMENTAS)"));
        }
        adoc.append("----\n");

        for (SynthesizedStack stack : stacks) {
            adoc.append("\n[#").append(stepId(stack)).append(".passo]\n=== Passo ").append(STEP_COUNTER).append(": `").append(stack.name()).append("`\n\n")
                    .append(stack.description()).append("\n\n")
                    .append(capitalize(accountName(stack.account()))).append(", região `").append(stack.region()).append("`; depende de ")
                    .append(stack.dependencies().isEmpty() ? "nenhuma stack"
                            : stack.dependencies().stream().map(d -> "`" + d + "`").collect(Collectors.joining(", ")))
                    .append("; ").append(stack.resourceCount()).append(" recursos do CloudFormation.\n\n")
                    .append("[source,bash,role=comando]\n----\n").append(command(deployCommand(stack))).append("----\n");
            if (!stack.outputs().isEmpty()) {
                adoc.append("\n.Saídas de `").append(stack.name()).append("`\n[cols=\"1,3\",options=\"header\"]\n|===\n|Saída |Descrição\n");
                stack.outputs().forEach(o -> adoc.append("|`").append(o.key()).append("` |").append(cell(o.description())).append('\n'));
                adoc.append("|===\n");
            }
            if (!stack.verification().isEmpty()) {
                adoc.append("\n.Verificação de `").append(stack.name()).append("`\n[source,bash,role=verificacao]\n----\n")
                        .append("export AWS_PROFILE=\"$").append(profileVariable(stack.account())).append("\"\n");
                for (int i = 0; i < stack.verification().size(); i++) {
                    SynthesizedStack.Verification check = stack.verification().get(i);
                    adoc.append(i == 0 ? "" : "\n").append(command(stack, expand(stack, check.command())));
                    check.expected().forEach(line -> adoc.append("# ").append(line).append('\n'));
                }
                adoc.append("----\n");
            }
        }
        return adoc.toString();
    }

    /**
     * The stacks deleted in reverse deployment order (termination protection and deletion protection turned off
     * first), and the table of what CloudFormation keeps. The workload account's stacks come first, once per
     * environment; the tooling account's stacks serve both environments (the pipeline deploys to staging and
     * production), so they come in a listing of their own, for taking the whole platform down after both environments.
     */
    static String teardown(List<SynthesizedStack> stacks) {
        StringBuilder adoc = new StringBuilder(HEADER);
        List<SynthesizedStack> reversed = new ArrayList<>(stacks);
        java.util.Collections.reverse(reversed);
        List<SynthesizedStack> environment = reversed.stream().filter(stack -> !stack.account().equals(SynthesizedStack.TOOLING)).toList();
        List<SynthesizedStack> tooling = reversed.stream().filter(stack -> stack.account().equals(SynthesizedStack.TOOLING)).toList();
        if (!environment.isEmpty()) {
            adoc.append("\n.Exclusão das stacks de um ambiente, na ordem inversa da implantação (uma vez por ambiente)\n");
            destroyListing(adoc, environment);
        }
        if (!tooling.isEmpty()) {
            adoc.append("\nAs stacks da conta de ferramentas (`")
                    .append(tooling.stream().map(SynthesizedStack::name).collect(Collectors.joining("`, `")))
                    .append("`) são compartilhadas pelos dois ambientes: delas sai o que o pipeline implanta em homologação e em produção. ")
                    .append("Desmontar um ambiente não as toca; apagá-las encerra a esteira dos dois.\n")
                    .append("\n.Só ao desmontar a plataforma inteira, depois dos dois ambientes: stacks da conta de ferramentas\n");
            destroyListing(adoc, tooling);
        }
        adoc.append("\n.Recursos que o CloudFormation não apaga com a stack (`DeletionPolicy`)\n")
                .append("[cols=\"3,5,3,2\",options=\"header\"]\n|===\n|Stack |Recurso |Tipo |Ao excluir a stack\n");
        for (SynthesizedStack stack : stacks) {
            for (SynthesizedStack.RetainedResource resource : stack.retained()) {
                adoc.append("|`").append(stack.name()).append("` |`").append(resource.path().replaceFirst("^" + Pattern.quote(stack.name()) + "/", ""))
                        .append("` |`").append(resource.type()).append("` |")
                        .append("Snapshot".equals(resource.policy()) ? "apagado após snapshot final" : "fica na conta").append('\n');
            }
        }
        return adoc.append("|===\n").toString();
    }

    /** One listing that deletes the stacks in the given order, each with its account's profile. */
    private static void destroyListing(StringBuilder adoc, List<SynthesizedStack> stacks) {
        adoc.append("[source,bash,role=comando]\n----\n");
        for (int i = 0; i < stacks.size(); i++) {
            SynthesizedStack stack = stacks.get(i);
            adoc.append(i == 0 ? "" : "\n").append("# ").append(stack.name()).append(" (").append(accountName(stack.account()))
                    .append(", ").append(stack.region()).append(")\n")
                    .append("export AWS_PROFILE=\"$").append(profileVariable(stack.account())).append("\"\n");
            if (stack.terminationProtection()) {
                adoc.append(command(stack, "aws cloudformation update-termination-protection --region " + stack.region()
                        + " --stack-name " + stack.name() + " --no-enable-termination-protection"));
            }
            stack.unprotect().forEach(command -> adoc.append(command(stack, expand(stack, command))));
            adoc.append(command(stack, "cdk destroy " + stack.name() + contextOptions(stack) + " --force --profile \"$"
                    + profileVariable(stack.account()) + '"'));
        }
        adoc.append("----\n");
    }

    /** Every output of every stack in deployment order, with the command that reads its value: one reference table. */
    static String outputs(List<SynthesizedStack> stacks) {
        StringBuilder adoc = new StringBuilder(HEADER);
        adoc.append("\n[cols=\"2,2,4,4\",options=\"header\"]\n|===\n|Stack |Saída |Descrição |Leitura (`AWS_PROFILE` da conta)\n");
        for (SynthesizedStack stack : stacks) {
            stack.outputs().forEach(o -> adoc.append("|`").append(stack.name()).append("` |`").append(o.key()).append("` |")
                    .append(cell(o.description())).append(" |`saida ").append(stack.region()).append(' ').append(stack.name())
                    .append(' ').append(o.key()).append("`\n"));
        }
        return adoc.append("|===\n").toString();
    }

    /** One row per suppressed rule and resource: a rule may report several findings (and both packs) for one resource. */
    public static List<NagFinding> suppressionRows(List<NagFinding> findings) {
        return findings.stream().filter(NagFinding::suppressed)
                .map(f -> new NagFinding(f.ruleId(), f.resource(), f.compliance(), f.reason(), ""))
                .distinct()
                .sorted(Comparator.comparing(NagFinding::ruleId).thenComparing(NagFinding::resource))
                .toList();
    }

    static String suppressions(List<NagFinding> findings) {
        List<NagFinding> suppressed = suppressionRows(findings);
        StringBuilder adoc = new StringBuilder(HEADER);
        adoc.append("\n").append(suppressed.size()).append(" exceções às regras do cdk-nag (pacotes AwsSolutions e HIPAA Security), ")
                .append("cada uma registrada no código ao lado do recurso, com o motivo:\n\n")
                .append("[cols=\"2,3,5\",options=\"header\"]\n|===\n|Regra |Recurso |Motivo\n");
        // the resource path is passed through (+…+): CloudFormation tokens such as {IndirectPort} are not attributes
        suppressed.forEach(f -> adoc.append("|`").append(f.ruleId()).append("` |`+").append(f.resource()).append("+` |")
                .append(cell(f.reason().replaceFirst("^\\[\\] ", ""))).append('\n'));
        return adoc.append("|===\n").toString();
    }

    /** {@code cdk deploy} with the environment's context and profile, then one line per template parameter. */
    private static String deployCommand(SynthesizedStack stack) {
        List<String> lines = new ArrayList<>(ShellLines.wrap("cdk deploy " + stack.name() + contextOptions(stack)
                + " --profile \"$" + profileVariable(stack.account()) + '"', ShellLines.WIDTH));
        stack.parameters().forEach(p -> {
            lines.set(lines.size() - 1, lines.getLast() + " \\");
            lines.add("  --parameters " + p.key() + "=\"$" + environmentVariable(p.key()) + '"');
        });
        return String.join("\n", lines);
    }

    /** A command of a listing, broken into lines that fit the page ({@link ShellLines}), each ending in a newline. */
    static String command(String command) {
        return command(null, command);
    }

    /**
     * A command of a listing, as {@link #command(String)}; a line that still does not fit (one word wider than the
     * page) fails the build, naming the stack whose verification or teardown command it is.
     */
    private static String command(SynthesizedStack stack, String command) {
        String wrapped = ShellLines.wrapAll(command, ShellLines.WIDTH);
        for (String line : wrapped.lines().toList()) {
            if (line.length() > ShellLines.WIDTH) {
                throw new BuildException((stack == null ? "the provisioning guide" : "stack " + stack.name())
                        + ": the command line `" + line + "` is " + line.length() + " characters long, wider than the "
                        + ShellLines.WIDTH + " a printed listing holds, and has no space to break at. Shorten it "
                        + "(split a long --query into two checks in verifiedBy(...)).");
            }
        }
        return wrapped + "\n";
    }

    /** A comment line of a listing ({@code # text}), broken at spaces into lines that fit the page. */
    static String comment(String text) {
        return String.join("\n", ShellLines.wrapText("# ", text, "#   ", ShellLines.WIDTH)) + "\n";
    }

    /** A workload stack is synthesized for the environment's account, with that environment's context. */
    private static String contextOptions(SynthesizedStack stack) {
        return stack.account().equals(SynthesizedStack.WORKLOAD)
                ? " -c environment=\"$AMBIENTE\" -c account=\"$CONTA_CARGA\" \"${CONTEXTO[@]}\"" : "";
    }

    /** The anchor of a stack's step: {@code passo-} and the stack name in lower case. */
    static String stepId(SynthesizedStack stack) {
        return "passo-" + stack.name().toLowerCase(Locale.ROOT);
    }

    private static String accountVariable(String account) {
        return account.equals(SynthesizedStack.TOOLING) ? "CONTA_FERRAMENTAS" : "CONTA_CARGA";
    }

    private static String profileVariable(String account) {
        return account.equals(SynthesizedStack.TOOLING) ? "PERFIL_FERRAMENTAS" : "PERFIL_CARGA";
    }

    private static String accountName(String account) {
        return account.equals(SynthesizedStack.TOOLING) ? "conta de ferramentas CI/CD" : "conta de carga de trabalho do ambiente";
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code OriginVerifyToken} → {@code ORIGIN_VERIFY_TOKEN}: the shell variable that holds a parameter's value. */
    static String environmentVariable(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String expand(SynthesizedStack stack, String command) {
        return OutputReference.replace(command, key -> {
            if (stack.outputs().stream().noneMatch(o -> o.key().equals(key))) {
                throw new BuildException("stack " + stack.name() + ": a verification command uses the output '" + key
                        + "', which the template does not have. Add output(\"" + key + "\", ...) to the stack or fix verifiedBy(...).");
            }
            return "\"$(saida " + stack.region() + " " + stack.name() + " " + key + ")\"";
        });
    }

    /** Text inside an AsciiDoc table cell: a bare '|' would start a new cell, and {name} would be an attribute reference. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\{(?=\\w[\\w-]*})", "\\\\{");
    }
}
