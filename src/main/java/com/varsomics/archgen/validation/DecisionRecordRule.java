package com.varsomics.archgen.validation;

import com.varsomics.archgen.model.ModelElements;
import com.varsomics.archgen.check.Finding;
import com.structurizr.documentation.Decision;
import com.varsomics.archgen.model.ArchitectureModel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every ADR states its date and status in the adr-tools format. The importer does not complain when they are
 * missing: it dates the decision with the day of the build and calls it "Proposed", so the document would show a
 * wrong date or status without anyone noticing. This rule reads the Markdown the importer read.
 */
public final class DecisionRecordRule implements Rule {

    static final String DATE_KEY = "decisions.decision.date";
    static final String STATUS_KEY = "decisions.decision.status";

    private static final Pattern DATE_LINE = Pattern.compile("(?m)^Date: (.*)$");

    @Override
    public List<Finding> check(ArchitectureModel model) {
        List<Finding> findings = new ArrayList<>();
        for (Decision decision : ModelElements.decisions(model)) {
            String content = decision.getContent() == null ? "" : decision.getContent();
            if (!hasDate(content)) {
                findings.add(new Finding(DATE_KEY, model.where(decision),
                        model.name(decision) + " has no date.",
                        "Add the line 'Date: YYYY-MM-DD' under the title, as adr-tools writes it."));
            }
            if (!hasStatus(content)) {
                findings.add(new Finding(STATUS_KEY, model.where(decision),
                        model.name(decision) + " has no status.",
                        "Add '## Status' followed by a line such as 'Accepted' or 'Proposed'."));
            }
        }
        return findings;
    }

    private static boolean hasDate(String content) {
        Matcher line = DATE_LINE.matcher(content);
        if (!line.find()) {
            return false;
        }
        try {
            LocalDate.parse(line.group(1).strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The first non-blank line after {@code ## Status}, as the importer reads it, and not the next heading. */
    private static boolean hasStatus(String content) {
        boolean inStatus = false;
        for (String line : content.split("\n")) {
            if (!inStatus) {
                inStatus = line.startsWith("## Status");
            } else if (!line.isBlank()) {
                return !line.startsWith("#");
            }
        }
        return false;
    }
}
