package com.varsomics.archgen.document;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The case's requirements, read from {@code docs/requisitos.tsv} (id, title, verbatim quote). */
public final class Requirements {

    private final Map<String, Requirement> byId;

    private Requirements(Map<String, Requirement> byId) {
        this.byId = byId;
    }

    public static Requirements load(Path file, Path displayPath) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(displayPath + ": cannot read the requirements (" + e.getMessage() + ")", e);
        }
        Map<String, Requirement> byId = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String where = displayPath + ":" + (i + 1);
            if (columns.length != 3 || !columns[0].matches("R\\d{2}")) {
                throw new BuildException(where + ": expected 'Rnn<TAB>título<TAB>trecho do desafio', found: " + line);
            }
            if (byId.put(columns[0], new Requirement(columns[0], columns[1].strip(), columns[2].strip(),
                    Location.of(displayPath, i + 1))) != null) {
                throw new BuildException(where + ": requirement " + columns[0] + " is defined twice.");
            }
        }
        return new Requirements(byId);
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Requirement> all() {
        return new ArrayList<>(byId.values());
    }
}
