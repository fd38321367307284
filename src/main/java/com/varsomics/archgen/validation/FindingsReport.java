package com.varsomics.archgen.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code build/reports/findings.json}: the findings of a failed check, one object each ({@code key}, {@code file},
 * {@code line}, {@code message}), deduplicated, for editors and CI. {@code file} and {@code line} are the location
 * the message starts with ({@code docs/x.adoc:12: …}); absent when it names none.
 */
public final class FindingsReport {

    private static final Pattern LOCATION = Pattern.compile("^([^\\s:]+):(\\d+):");

    private FindingsReport() {
    }

    public static void write(Path file, List<Finding> findings) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (Finding finding : new LinkedHashSet<>(findings)) {
            ObjectNode node = array.addObject().put("key", finding.rule());
            Matcher location = LOCATION.matcher(finding.message());
            if (location.find()) {
                node.put("file", location.group(1)).put("line", Integer.parseInt(location.group(2)));
            }
            node.put("message", finding.message());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n");
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write the findings report (" + e.getMessage() + ").", e);
        }
    }
}
