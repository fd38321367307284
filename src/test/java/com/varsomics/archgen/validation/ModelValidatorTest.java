package com.varsomics.archgen.validation;

import com.varsomics.archgen.check.ExpectedFinding;
import com.varsomics.archgen.check.ValidationException;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.Fixtures;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fixture under workspaces/invalid breaks exactly one rule; the finding must say where and what to do. */
class ModelValidatorTest {

    private final ModelValidator validator = ModelValidator.standard(AwsIconCatalog.bundled());

    @Test
    void validate_AcceptsAModelThatFollowsEveryRule() {
        assertThat(validator.findings(Fixtures.load("valid.dsl"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            element-without-description      | model.element.description      | element-without-description.dsl:7 | element 'api' ("API") has no description. | Add one that says what it does and the concrete choice behind it.
            container-without-technology     | model.element.technology       | container-without-technology.dsl:7 | element 'api' ("API") has no technology. | Add the technology argument (e.g. "Python 3.12 / FastAPI" or "Amazon S3").
            node-without-technology          | model.element.technology       | node-without-technology.dsl:23 | element 'cluster' ("Cluster EKS") has no technology. | Add the technology argument (e.g. "Python 3.12 / FastAPI" or "Amazon S3").
            relationship-without-description | model.relationship.description | relationship-without-description.dsl:7 | relationship 'api -> bucket' has no description. | Add it as the first quoted argument (e.g. -> api "Envia amostras" "HTTPS").
            relationship-without-technology  | model.relationship.technology  | relationship-without-technology.dsl:7 | relationship 'api -> bucket' has no technology. | Add it as the second quoted argument (e.g. "HTTPS/JSON").
            view-without-title               | views.view.title               | view-without-title.dsl:41 | view 'containers' has no title. | Add `title "..."` inside the view block.
            view-without-description         | views.view.description         | view-without-description.dsl:35 | view 'context' has no description. | Add `description "..."` inside the view block.
            empty-view                       | views.view.empty               | empty-view.dsl:53 | view 'upload-flow' renders empty. | Check its include/exclude statements (for a deployment view, the environment name).
            element-in-no-view               | model.element.unused           | element-in-no-view.dsl:15 | element 'auditor' ("Auditor") appears in no view. | Include it in a view (or remove it from the model).
            aws-service-without-icon         | model.element.awsIcon          | aws-service-without-icon.dsl:8 | element 'bucket' ("Bucket de entrada") has aws.service 'Amazon S4', which has no icon mapping. | Use a name listed in src/main/resources/aws-icons.tsv or add a line there.
            decision-without-date            | decisions.decision.date        | decision-without-date/0001-sem-data.md | decision 1 ("Sem data") has no date. | Add the line 'Date: YYYY-MM-DD' under the title, as adr-tools writes it.
            decision-without-status          | decisions.decision.status      | decision-without-status/0001-sem-status.md | decision 1 ("Sem status") has no status. | Add '## Status' followed by a line such as 'Accepted' or 'Proposed'.
            duplicate-decision-title         | decisions.decision.title       | duplicate-decision-title/0002-copia.md | decision 2 ("Mesmo título") has the same title as duplicate-decision-title/0001-titulo.md. | Give each decision its own title (the first line, '# N. Título').
            """)
    void validate_ReportsExactlyTheBrokenRule_WithFileLineAndRemedy(String fixture, String rule, String location, String message, String remedy) {
        var model = Fixtures.load("invalid/" + fixture + ".dsl");

        assertThat(validator.findings(model)).containsExactly(ExpectedFinding.of(rule, location, message, remedy));
        assertThatThrownBy(() -> validator.validate(model))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The model has 1 problem(s):\n  " + ExpectedFinding.of(rule, location, message, remedy));
    }
}
