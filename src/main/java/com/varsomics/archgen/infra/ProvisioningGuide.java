package com.varsomics.archgen.infra;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

    private static final Pattern OUTPUT_REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");
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
                + ":cdk-bootstrap-version: " + toolchain.bootstrapVersion() + "\n"
                + ":cdk-bootstrap-qualifier: " + toolchain.bootstrapQualifier() + "\n"
                + ":cdk-stack-count: " + stacks.size() + "\n"
                + ":cdk-resource-count: " + stacks.stream().mapToInt(SynthesizedStack::resourceCount).sum() + "\n"
                + ":cdk-stacks: " + stacks.stream().map(SynthesizedStack::name).collect(Collectors.joining(" ")) + "\n";
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
                ambiente que diferem do `cdk.json`) e `CONTA_FERRAMENTAS` e `PERFIL_FERRAMENTAS` (conta de ferramentas \
                CI/CD). Cada conta é preparada uma vez, nas regiões em que recebe stacks; a conta de carga de trabalho \
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
            adoc.append("cdk bootstrap ").append(regions.stream().map(region -> "aws://$" + accountVariable(account) + "/" + region)
                    .collect(Collectors.joining(" "))).append(" --profile \"$").append(profileVariable(account)).append('"');
            if (account.equals(SynthesizedStack.WORKLOAD)) {
                adoc.append(" \\\n  --trust \"$CONTA_FERRAMENTAS\" --cloudformation-execution-policies arn:aws:iam::aws:policy/AdministratorAccess");
            }
            adoc.append('\n');
        }
        adoc.append("""
                saida() { aws cloudformation describe-stacks --region "$1" --stack-name "$2" --query "Stacks[0].Outputs[?OutputKey=='$3'].OutputValue" --output text; }
                ----

                .Verificação do bootstrap
                [source,bash,role=verificacao]
                ----
                """);
        for (String[] accountRegion : bootstrapped) {
            adoc.append("aws ssm get-parameter --region ").append(accountRegion[1]).append(" --name /cdk-bootstrap/")
                    .append(toolchain.bootstrapQualifier()).append("/version --query Parameter.Value --output text --profile \"$")
                    .append(profileVariable(accountRegion[0])).append("\"\n");
        }
        adoc.append("# esperado: em cada conta e região, um número maior ou igual a ").append(toolchain.bootstrapVersion())
                .append(" (a versão de bootstrap que as stacks exigem)\n\n");
        String workloadRegion = bootstrapped.stream().filter(a -> a[0].equals(SynthesizedStack.WORKLOAD)).map(a -> a[1]).findFirst().orElse(null);
        if (workloadRegion != null) {
            adoc.append("aws cloudformation describe-stacks --region ").append(workloadRegion)
                    .append(" --stack-name CDKToolkit --query \"Stacks[0].Parameters[?ParameterKey=='TrustedAccounts'].ParameterValue\" --output text --profile \"$PERFIL_CARGA\"\n")
                    .append("# esperado: o id da conta de ferramentas ($CONTA_FERRAMENTAS)\n");
        }
        adoc.append("----\n");

        for (SynthesizedStack stack : stacks) {
            adoc.append("\n[#").append(stepId(stack)).append(".passo]\n=== Passo ").append(STEP_COUNTER).append(": `").append(stack.name()).append("`\n\n")
                    .append(stack.description()).append("\n\n")
                    .append(capitalize(accountName(stack.account()))).append(", região `").append(stack.region()).append("`; depende de ")
                    .append(stack.dependencies().isEmpty() ? "nenhuma stack"
                            : stack.dependencies().stream().map(d -> "`" + d + "`").collect(Collectors.joining(", ")))
                    .append("; ").append(stack.resourceCount()).append(" recursos do CloudFormation.\n\n")
                    .append("[source,bash,role=comando]\n----\n").append(deployCommand(stack)).append("\n----\n");
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
                    adoc.append(i == 0 ? "" : "\n").append(expand(stack, check.command())).append('\n');
                    check.expected().forEach(line -> adoc.append("# ").append(line).append('\n'));
                }
                adoc.append("----\n");
            }
        }
        return adoc.toString();
    }

    /**
     * The stacks deleted in reverse deployment order (termination protection and deletion protection turned off
     * first), and the table of what CloudFormation keeps.
     */
    static String teardown(List<SynthesizedStack> stacks) {
        StringBuilder adoc = new StringBuilder(HEADER);
        adoc.append("\n.Exclusão das stacks, na ordem inversa da implantação\n[source,bash,role=comando]\n----\n");
        List<SynthesizedStack> reversed = new ArrayList<>(stacks);
        java.util.Collections.reverse(reversed);
        for (int i = 0; i < reversed.size(); i++) {
            SynthesizedStack stack = reversed.get(i);
            adoc.append(i == 0 ? "" : "\n").append("# ").append(stack.name()).append(" (").append(accountName(stack.account()))
                    .append(", ").append(stack.region()).append(")\n")
                    .append("export AWS_PROFILE=\"$").append(profileVariable(stack.account())).append("\"\n");
            if (stack.terminationProtection()) {
                adoc.append("aws cloudformation update-termination-protection --region ").append(stack.region())
                        .append(" --stack-name ").append(stack.name()).append(" --no-enable-termination-protection\n");
            }
            stack.unprotect().forEach(command -> adoc.append(expand(stack, command)).append('\n'));
            adoc.append("cdk destroy ").append(stack.name()).append(contextOptions(stack)).append(" --force --profile \"$")
                    .append(profileVariable(stack.account())).append("\"\n");
        }
        adoc.append("----\n\n.Recursos que o CloudFormation não apaga com a stack (`DeletionPolicy`)\n")
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

    private static String deployCommand(SynthesizedStack stack) {
        StringBuilder command = new StringBuilder("cdk deploy ").append(stack.name()).append(contextOptions(stack));
        command.append(" --profile \"$").append(profileVariable(stack.account())).append('"');
        stack.parameters().forEach(p -> command.append(" \\\n  --parameters ").append(p.key()).append("=\"$")
                .append(environmentVariable(p.key())).append('"'));
        return command.toString();
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
        Matcher matcher = OUTPUT_REFERENCE.matcher(command);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            if (stack.outputs().stream().noneMatch(o -> o.key().equals(key))) {
                throw new BuildException("stack " + stack.name() + ": a verification command uses the output '" + key
                        + "', which the template does not have. Add output(\"" + key + "\", ...) to the stack or fix verifiedBy(...).");
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(
                    "\"$(saida " + stack.region() + " " + stack.name() + " " + key + ")\""));
        }
        return matcher.appendTail(expanded).toString();
    }

    /** Text inside an AsciiDoc table cell: a bare '|' would start a new cell, and {name} would be an attribute reference. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\{(?=\\w[\\w-]*})", "\\\\{");
    }
}
