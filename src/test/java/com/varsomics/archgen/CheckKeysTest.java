package com.varsomics.archgen;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check key of README's tables has a fixture: some test names the key, so it asserts the exact finding of a
 * fixture that breaks that check. A new key without a failing fixture fails here.
 */
class CheckKeysTest {

    /** A table row whose first cell is a key, with siblings written as {@code / `.section`}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9]+(?:\\.[A-Za-z0-9]+)+)`((?: / `\\.[A-Za-z0-9]+`)*)");
    private static final Pattern SIBLING = Pattern.compile("`\\.([A-Za-z0-9]+)`");

    @Test
    void everyReadmeCheckKey_IsAssertedByATest() throws IOException {
        Set<String> keys = readmeKeys(Files.readAllLines(Path.of("README.md")));
        String tests = sources("src/test", ".java");
        Map<Path, String> main = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                main.put(file, Files.readString(file));
            }
        }

        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).filteredOn(key -> !asserted(key, tests, main)).as("README keys without a fixture asserting their finding").isEmpty();
    }

    @Test
    void readmeKeys_ExpandSiblings() {
        assertThat(readmeKeys(List.of("| `document.requirement.element` / `.section` | every requirement", "| `site.html.lang` | lang",
                "| `document.asciidoctor.*` | no warning"))).containsExactly("document.requirement.element", "document.requirement.section",
                "site.html.lang");
    }

    static Set<String> readmeKeys(List<String> lines) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                keys.add(row.group(1));
                String stem = row.group(1).substring(0, row.group(1).lastIndexOf('.') + 1);
                Matcher sibling = SIBLING.matcher(row.group(2));
                while (sibling.find()) {
                    keys.add(stem + sibling.group(1));
                }
            }
        }
        return keys;
    }

    /** A test names the key, literally or through the constant that holds it ({@code SiteLinkChecker.TARGET}). */
    private static boolean asserted(String key, String tests, Map<Path, String> main) {
        if (tests.contains("\"" + key + "\"") || tests.contains(key + " ")) {
            return true;
        }
        Pattern constant = Pattern.compile("(\\w+)\\s*=\\s*\"" + Pattern.quote(key) + "\"");
        for (var source : main.entrySet()) {
            Matcher matcher = constant.matcher(source.getValue());
            String owner = source.getKey().getFileName().toString().replace(".java", "");
            while (matcher.find()) {
                if (tests.contains(owner + "." + matcher.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sources(String folder, String suffix) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return String.join("\n", texts);
    }
}
