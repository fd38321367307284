package com.varsomics.archgen.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fields a JMESPath {@code --query} of the guide selects, as far as the expected results need them: the items of
 * a final multiselect list ({@code cluster.[a,b]}, {@code DBClusters[0].[a,b]}, {@code [a,b]}) or the whole
 * expression when it selects one value. No JMESPath library is on Maven Central for Jackson 2 in this build's pinned
 * set; the guide's queries need only this much, so it stays a splitter at the top level of brackets.
 */
final class QueryFields {

    private QueryFields() {
    }

    /** The selected fields, in the query's order; none for an empty query. */
    static List<String> of(String query) {
        String trimmed = query.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        int select = multiselectStart(trimmed);
        return select < 0 ? List.of(trimmed) : splitTopLevel(trimmed.substring(select + 1, trimmed.length() - 1));
    }

    /**
     * The paths a field of the final multiselect may be named from: none, the path before the multiselect without its
     * first segment (the response's root object, as {@code cluster} or {@code DBClusters[0]}), and the whole path.
     * {@code cluster.resourcesVpcConfig.[a,b]} gives {@code ""}, {@code resourcesVpcConfig.} and
     * {@code cluster.resourcesVpcConfig.}.
     */
    static List<String> prefixes(String query) {
        String trimmed = query.strip();
        int select = multiselectStart(trimmed);
        if (select <= 0) {
            return List.of("");
        }
        String path = trimmed.substring(0, select);
        int root = path.indexOf('.');
        return Stream.of("", root < 0 ? "" : path.substring(root + 1), path).distinct().toList();
    }

    /** Where the final multiselect list of the query starts ({@code [}), or -1 if it ends in none. */
    private static int multiselectStart(String query) {
        if (!query.endsWith("]")) {
            return -1;
        }
        int depth = 0;
        for (int i = query.length() - 1; i >= 0; i--) {
            char ch = query.charAt(i);
            if (ch == ']') {
                depth++;
            } else if (ch == '[' && --depth == 0) {
                return i == 0 || query.charAt(i - 1) == '.' ? i : -1;
            }
        }
        return -1;
    }

    /** The list split at the commas outside brackets, parentheses and braces. */
    private static List<String> splitTopLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder item = new StringBuilder();
        for (char ch : list.toCharArray()) {
            if (ch == '[' || ch == '(' || ch == '{') {
                depth++;
            } else if (ch == ']' || ch == ')' || ch == '}') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(ch);
            }
        }
        items.add(item.toString().strip());
        return items;
    }
}
