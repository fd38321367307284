package com.varsomics.archgen.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The foreign keys declared in the {@code [source,sql]} listings of an AsciiDoc chapter: which column references which
 * table, and what {@code ON DELETE} does (PostgreSQL's default, {@code NO ACTION}, when the listing says nothing).
 */
record SqlForeignKeys(List<ForeignKey> keys) {

    record ForeignKey(String table, String column, String referencedTable, String onDelete) {
    }

    private static final Pattern LISTING = Pattern.compile("(?ms)^\\[source,sql]\\R----\\R(.*?)^----$");
    private static final Pattern TABLE = Pattern.compile("(?i)CREATE TABLE\\s+([\\w.]+)\\s*\\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile(
            "(?im)^\\s*(\\w+)\\s+\\w+.*?\\bREFERENCES\\s+([\\w.]+)\\s*\\([^)]*\\)(?:\\s+ON\\s+DELETE\\s+(CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION))?");

    static SqlForeignKeys in(String asciidoc) {
        List<ForeignKey> keys = new ArrayList<>();
        Matcher listing = LISTING.matcher(asciidoc);
        while (listing.find()) {
            Matcher table = TABLE.matcher(listing.group(1));
            while (table.find()) {
                Matcher reference = REFERENCE.matcher(table.group(2));
                while (reference.find()) {
                    String action = reference.group(3) == null ? "NO ACTION" : reference.group(3).toUpperCase();
                    keys.add(new ForeignKey(table.group(1), reference.group(1), reference.group(2), action));
                }
            }
        }
        return new SqlForeignKeys(List.copyOf(keys));
    }

    /** Keys whose parent's deletion would also delete (or rewrite) child rows instead of being refused. */
    List<ForeignKey> notRestrictingDeletesOf(List<String> parents) {
        return keys.stream().filter(key -> parents.contains(key.referencedTable()) && !key.onDelete().equals("RESTRICT")).toList();
    }
}
