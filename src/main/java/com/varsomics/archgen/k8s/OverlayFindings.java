package com.varsomics.archgen.k8s;

import com.varsomics.archgen.validation.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mistake in {@code deploy/k8s/base} shows in every overlay; reported once, naming all the overlays it appears in,
 * instead of once per overlay.
 */
final class OverlayFindings {

    private static final Pattern OVERLAY = Pattern.compile(" \\(overlay '([^']+)'\\)");

    private OverlayFindings() {
    }

    static List<Finding> merge(List<Finding> findings) {
        Map<List<String>, List<String>> overlaysByProblem = new LinkedHashMap<>();
        List<Finding> merged = new ArrayList<>();
        for (Finding finding : findings) {
            Matcher overlay = OVERLAY.matcher(finding.message());
            if (!overlay.find()) {
                merged.add(finding);
                continue;
            }
            List<String> problem = List.of(finding.rule(), finding.message().substring(0, overlay.start()), finding.message().substring(overlay.end()));
            overlaysByProblem.computeIfAbsent(problem, key -> {
                merged.add(null); // keeps the first occurrence's position
                return new ArrayList<>();
            }).add(overlay.group(1));
        }
        var problems = overlaysByProblem.entrySet().iterator();
        for (int i = 0; i < merged.size(); i++) {
            if (merged.get(i) == null) {
                var entry = problems.next();
                List<String> overlays = entry.getValue();
                String where = overlays.size() == 1 ? " (overlay '" + overlays.getFirst() + "')"
                        : " (overlays " + overlays.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ")) + ")";
                merged.set(i, new Finding(entry.getKey().get(0), entry.getKey().get(1) + where + entry.getKey().get(2)));
            }
        }
        return merged;
    }
}
