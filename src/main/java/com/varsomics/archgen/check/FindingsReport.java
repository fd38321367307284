package com.varsomics.archgen.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code build/reports/findings.json}: the findings of a failed check, one object each ({@code key}, {@code file},
 * {@code line}, {@code message}, {@code remedy}), deduplicated, for editors and CI. {@code file} is absent when the
 * finding names none, {@code line} when only the file is known.
 */
public final class FindingsReport {

    private FindingsReport() {
    }

    public static void write(Path file, List<Finding> findings) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode array = json.createArrayNode();
        for (Finding finding : new LinkedHashSet<>(findings)) {
            ObjectNode node = array.addObject().put("key", finding.key());
            if (finding.location().known()) {
                node.put("file", finding.location().file());
            }
            if (finding.location().hasLine()) {
                node.put("line", finding.location().line());
            }
            node.put("message", finding.message()).put("remedy", finding.remedy());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n");
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write the findings report (" + e.getMessage() + ").", e);
        }
    }
}
