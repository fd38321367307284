package com.varsomics.archgen.infra;

import com.varsomics.archgen.BuildException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * What a verification command of the provisioning guide should print once its stack is deployed, derived from the
 * synthesized template the command checks (lifecycle days, rotation, versions, names, rule lists…), so the guide's
 * expected results change with the code. One rule per {@code aws <service> <operation>}, kept with the others of its
 * part of the platform ({@code SecurityResults}, {@code NetworkResults}…); for {@code --query} multiselects, one
 * derivation per queried field. A command or a queried field without a rule fails the build: the guide never shows a
 * check without its expected result.
 */
final class ExpectedResults {

    private static final Map<String, BiFunction<AwsCommand, Template, List<String>>> RULES = new TreeMap<>();

    static {
        SecurityResults.addTo(RULES);
        NetworkResults.addTo(RULES);
        StorageResults.addTo(RULES);
        DatabaseResults.addTo(RULES);
        ClusterResults.addTo(RULES);
        WorkflowResults.addTo(RULES);
        EdgeResults.addTo(RULES);
        RegistryResults.addTo(RULES);
        DeliveryResults.addTo(RULES);
    }

    private ExpectedResults() {
    }

    /** The {@code aws <service> <operation>} pairs that have a rule. */
    static Set<String> operations() {
        return RULES.keySet();
    }

    /**
     * The expected result of a verification command, as comment lines without the leading {@code #}: the first line
     * starts with "esperado", the following ones detail fields or add a note.
     */
    static List<String> of(String stackName, String command, Template template) {
        AwsCommand parsed = AwsCommand.parse(command);
        BiFunction<AwsCommand, Template, List<String>> rule = RULES.get(parsed.name());
        if (rule == null) {
            throw new BuildException("stack " + stackName + ": the guide has no expected result for the verification `aws "
                    + parsed.name() + "`. Add a rule for it to one of the *Results classes of "
                    + ExpectedResults.class.getPackageName() + " (derive the expected output from the template).");
        }
        try {
            return wrapLong(rule.apply(parsed, template));
        } catch (ExpectedValues.UnknownField e) {
            throw new BuildException("stack " + stackName + ": the verification `" + command + "` queries '" + e.getMessage()
                    + "', for which no expected value is derived. Add it to the rule of `aws " + parsed.name() + "`.", e);
        } catch (RuntimeException e) {
            throw new BuildException("stack " + stackName + ": cannot derive the expected result of `" + command
                    + "` from the template (" + e.getMessage() + ").", e);
        }
    }

    /** Lines longer than the wrap width broken at spaces, continued with a deeper indent. */
    private static List<String> wrapLong(List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            wrapped.addAll(ShellLines.wrapText(indent, line.stripLeading(), indent + "    ", ExpectedValues.WRAP_WIDTH));
        }
        return List.copyOf(wrapped);
    }
}
