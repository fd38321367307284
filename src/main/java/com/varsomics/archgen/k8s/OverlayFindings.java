package com.varsomics.archgen.k8s;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.check.Finding;

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
        Map<Problem, List<String>> overlaysByProblem = new LinkedHashMap<>();
        List<Finding> merged = new ArrayList<>();
        for (Finding finding : findings) {
            Matcher overlay = OVERLAY.matcher(finding.message());
            if (!overlay.find()) {
                merged.add(finding);
                continue;
            }
            Problem problem = new Problem(finding.key(), finding.location(), finding.message().substring(0, overlay.start()),
                    finding.message().substring(overlay.end()), finding.remedy());
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
                Problem problem = entry.getKey();
                merged.set(i, new Finding(problem.key(), problem.location(), problem.before() + where + problem.after(), problem.remedy()));
            }
        }
        return merged;
    }

    /** A finding with its overlay name cut out of the message: {@code before} and {@code after} it. */
    private record Problem(String key, Location location, String before, String after, String remedy) {
    }
}
