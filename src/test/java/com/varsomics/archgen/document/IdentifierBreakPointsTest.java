package com.varsomics.archgen.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a table cell's identifiers may break in the PDF ({@code |} marks a zero-width space in the expected text). */
class IdentifierBreakPointsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "`SecretsManagerRotationEnabled` => `Secrets|Manager|Rotation|Enabled`",
            "`+Proteomics-Compute/Karpenter/NodeRole/Resource+` => `+Proteomics-|Compute/|Karpenter/|Node|Role/|Resource+`",
            "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, => CAPACITY:|INSUFFICIENT_|INSTANCE_|CAPACITY,",
            "S3BucketReplicationEnabled => S3|Bucket|Replication|Enabled",
            "{\"severity\":[{\"comparison\":\"EQUALS\",\"value\":1}]} => {\"severity\":|[{\"comparison\":|\"EQUALS\",|\"value\":|1}]}",
            // short words, AsciiDoc syntax and URLs stay as written: a character inside would break them
            "uma frase curta => uma frase curta",
            "elemento:secretsManager[] => elemento:secretsManager[]",
            "<<seguranca-break-glass-banco>> => <<seguranca-break-glass-banco>>",
            "{waf-rate-limit-login} => {waf-rate-limit-login}",
            "https://docs.aws.amazon.com/AmazonS3/latest => https://docs.aws.amazon.com/AmazonS3/latest",
            "<<ref-scp-regioes,Políticas de controle>> => <<ref-scp-regioes,Políticas de controle>>",
            // inside the syntax nothing moves; around it, the identifier still gets its break points
            "&#95;DefaultPolicyResource => &#95;Default|Policy|Resource",
            "`+ProteomicsDataProxySecurityGroupCE05D89A:{IndirectPort}+` => `+Proteomics|Data|Proxy|Security|GroupCE05D89A:{IndirectPort}+`",
            "pass:c[CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY] => pass:c[CAPACITY:|INSUFFICIENT_|INSTANCE_|CAPACITY]",
    })
    void withBreakPoints_BreaksIdentifiersOnlyAtSeparatorsAndHumps(String source, String expected) {
        assertThat(IdentifierBreakPoints.withBreakPoints(source)).isEqualTo(expected.replace('|', IdentifierBreakPoints.ZERO_WIDTH_SPACE));
    }
}
