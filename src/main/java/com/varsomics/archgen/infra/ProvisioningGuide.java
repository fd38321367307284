package com.varsomics.archgen.infra;

import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the AsciiDoc fragments (pt-BR) that the document's provisioning guide and security chapter include, from the
 * synthesized app only: the stacks in deployment order with the account they go to, their {@code cdk deploy} command,
 * outputs and {@code aws} CLI checks; one table of every stack output; and the table of cdk-nag suppressions. Same cloud
 * assembly, same bytes.
 */
public final class ProvisioningGuide {

    public static final String STACKS_FILE = "stacks.adoc";
    public static final String SUPPRESSIONS_FILE = "nag-suppressions.adoc";
    public static final String OUTPUTS_FILE = "stack-outputs.adoc";

    private static final Pattern OUTPUT_REFERENCE = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");
    private static final String HEADER = "// Gerado por ./mvnw package a partir de build/cdk.out (com.varsomics.infra). Não edite: altere o código CDK.\n";

    private ProvisioningGuide() {
    }

    public static void write(List<SynthesizedStack> stacks, List<NagFinding> findings, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(STACKS_FILE), stacks(stacks), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(SUPPRESSIONS_FILE), suppressions(findings), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(OUTPUTS_FILE), outputs(stacks), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(directory + ": cannot write the provisioning guide fragments (" + e.getMessage() + ").", e);
        }
    }

    static String stacks(List<SynthesizedStack> stacks) {
        StringBuilder adoc = new StringBuilder(HEADER);
        adoc.append("""

                Os comandos usam as variáveis `AMBIENTE` (`staging` ou `prod`), `CONTA_CARGA` e `PERFIL_CARGA` (conta \
                de carga de trabalho desse ambiente e o perfil da AWS CLI nela) e `CONTA_FERRAMENTAS` e \
                `PERFIL_FERRAMENTAS` (conta de ferramentas CI/CD). Antes do primeiro deploy, prepare (bootstrap) cada \
                conta nas regiões que ela usa; a conta de carga de trabalho confia na de ferramentas, de onde o \
                pipeline aplica as atualizações seguintes. A função `saida` lê uma saída de stack nas verificações:

                [source,bash]
                ----
                """);
        for (String account : List.of(SynthesizedStack.TOOLING, SynthesizedStack.WORKLOAD)) {
            List<String> regions = stacks.stream().filter(stack -> stack.account().equals(account))
                    .map(SynthesizedStack::region).distinct().sorted().toList();
            if (regions.isEmpty()) {
                continue;
            }
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

                .Ordem de implantação
                """);
        int order = 1;
        for (SynthesizedStack stack : stacks) {
            adoc.append(order++).append(". `").append(stack.name()).append("` (").append(accountName(stack.account()))
                    .append(", `").append(stack.region()).append("`)\n");
        }
        int step = 1;
        for (SynthesizedStack stack : stacks) {
            adoc.append("\n=== Passo ").append(step++).append(": `").append(stack.name()).append("`\n\n")
                    .append(stack.description()).append("\n\n")
                    .append(capitalize(accountName(stack.account()))).append(", região `").append(stack.region()).append("`; depende de ")
                    .append(stack.dependencies().isEmpty() ? "nenhuma stack"
                            : stack.dependencies().stream().map(d -> "`" + d + "`").collect(Collectors.joining(", ")))
                    .append("; ").append(stack.resourceCount()).append(" recursos do CloudFormation.\n\n")
                    .append("[source,bash]\n----\n").append(deployCommand(stack)).append("\n----\n");
            if (!stack.outputs().isEmpty()) {
                adoc.append("\n.Saídas de `").append(stack.name()).append("`\n[cols=\"1,3\",options=\"header\"]\n|===\n|Saída |Descrição\n");
                stack.outputs().forEach(o -> adoc.append("|`").append(o.key()).append("` |").append(cell(o.description())).append('\n'));
                adoc.append("|===\n");
            }
            if (!stack.verification().isEmpty()) {
                adoc.append("\n.Verificação de `").append(stack.name()).append("`\n[source,bash]\n----\n")
                        .append("export AWS_PROFILE=\"$").append(profileVariable(stack.account())).append("\"\n");
                stack.verification().forEach(command -> adoc.append(expand(stack, command)).append('\n'));
                adoc.append("----\n");
            }
        }
        return adoc.toString();
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
        suppressed.forEach(f -> adoc.append("|`").append(f.ruleId()).append("` |`").append(f.resource()).append("` |")
                .append(cell(f.reason())).append('\n'));
        return adoc.append("|===\n").toString();
    }

    private static String deployCommand(SynthesizedStack stack) {
        StringBuilder command = new StringBuilder("cdk deploy ").append(stack.name());
        if (stack.account().equals(SynthesizedStack.WORKLOAD)) {
            command.append(" -c environment=\"$AMBIENTE\" -c account=\"$CONTA_CARGA\"");
        }
        command.append(" --profile \"$").append(profileVariable(stack.account())).append('"');
        stack.parameters().forEach(p -> command.append(" \\\n  --parameters ").append(p.key()).append("=\"$")
                .append(environmentVariable(p.key())).append('"'));
        return command.toString();
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

    /** Text inside an AsciiDoc table cell: a bare '|' would start a new cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
