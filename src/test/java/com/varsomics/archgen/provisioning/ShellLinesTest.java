package com.varsomics.archgen.provisioning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShellLinesTest {

    @Test
    void wrap_LeavesALineThatFitsAlone() {
        assertThat(ShellLines.wrap("aws s3 ls --region sa-east-1", 100)).containsExactly("aws s3 ls --region sa-east-1");
    }

    @Test
    void wrap_BreaksBeforeAnOption_WithAContinuationAndIndent_KeepingTheIndentOfTheLine() {
        assertThat(ShellLines.wrap("  aws ec2 describe-vpcs --region sa-east-1 --filters Name=tag:Name,Values=proteomics --output table", 60))
                .containsExactly(
                        "  aws ec2 describe-vpcs --region sa-east-1 \\",
                        "    --filters Name=tag:Name,Values=proteomics --output table");
    }

    @Test
    void wrap_NeverBreaksInsideQuotes_NorInsideAQuotedCommandSubstitution() {
        assertThat(ShellLines.wrap("aws sqs get-queue-attributes --queue-url \"$(saida sa-east-1 Proteomics-Workflow StatusQueueUrl)\" "
                + "--query 'Attributes.[A, B]'", 80)).containsExactly(
                "aws sqs get-queue-attributes \\",
                "  --queue-url \"$(saida sa-east-1 Proteomics-Workflow StatusQueueUrl)\" \\",
                "  --query 'Attributes.[A, B]'");
    }

    @Test
    void wrap_BreaksBetweenTheWordsOfAnUnquotedCommandSubstitution() {
        assertThat(ShellLines.wrap("aws sqs get-queue-attributes --queue-url $(aws sqs get-queue-url --queue-name karpenter "
                + "--query QueueUrl --output text) --attribute-names All", 60)).containsExactly(
                "aws sqs get-queue-attributes \\",
                "  --queue-url $(aws sqs get-queue-url \\",
                "  --queue-name karpenter --query QueueUrl --output text) \\",
                "  --attribute-names All");
    }

    @Test
    void wrap_KeepsAWordWiderThanTheLineWhole_OnALineOfItsOwn() {
        String query = "'" + "x".repeat(70) + "'";

        assertThat(ShellLines.wrap("aws x y --region sa-east-1 --query " + query, 50)).containsExactly(
                "aws x y --region sa-east-1 --query \\",
                "  " + query);
    }

    @Test
    void words_KeepsEscapedQuotesAndNestedSubstitutionsInTheirWord() {
        assertThat(ShellLines.words("echo \"a \\\" b\" $(echo \"$(date +%s)\" | cut -c1) 'c d'"))
                .containsExactly("echo", "\"a \\\" b\"", "$(echo", "\"$(date +%s)\"", "|", "cut", "-c1)", "'c d'");
    }

    @Test
    void arguments_AreTheWordsTheShellPasses_QuotesRemoved_AndACommandSubstitutionWhole() {
        assertThat(ShellLines.arguments("aws sqs get-queue-attributes --queue-url $(aws sqs get-queue-url --queue-name \"x y\") "
                + "--query 'Rules[?contains(EventPattern, \"a, b\")].[Name,State]' --email-identity \"$DOMINIO\""))
                .containsExactly("aws", "sqs", "get-queue-attributes", "--queue-url", "$(aws sqs get-queue-url --queue-name \"x y\")",
                        "--query", "Rules[?contains(EventPattern, \"a, b\")].[Name,State]", "--email-identity", "$DOMINIO");
    }
}
