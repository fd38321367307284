package com.varsomics.archgen.facts;

import com.varsomics.archgen.check.Location;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.check.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The controls table ({@code docs/controles.tsv}): read, and checked against what the build deploys, so a control the
 * document calls implemented names a construct of {@code build/cdk.out} or an object of every overlay in
 * {@code build/k8s}, and a planned one says what would implement it.
 */
public final class Controls {

    static final String FORMAT_KEY = "controls.row.format";
    static final String EVIDENCE_KEY = "controls.evidence.missing";

    private final Path shownFile;
    private final List<Control> rows;
    private final List<Finding> formatFindings;

    private Controls(Path shownFile, List<Control> rows, List<Finding> formatFindings) {
        this.shownFile = shownFile;
        this.rows = rows;
        this.formatFindings = formatFindings;
    }

    public static Controls load(Path file, Path shownFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(shownFile + ": cannot read the controls table (" + e.getMessage() + ").", e);
        }
        List<Control> rows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Control control = cells.length == 5 ? new Control(i
                    + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()) : null;
            if (control == null || !List.of(Control.IMPLEMENTED, Control.PLANNED).contains(control.status()) || control.evidence().isEmpty()
                    || control.name().isEmpty()) {
                findings.add(new Finding(FORMAT_KEY, Location.of(shownFile, (i + 1)),
                        "a control needs five TAB-separated columns (id, controle, categoria, situação implementado|planejado, implementação ou plano), all filled.",
                        "Fix the row."));
                continue;
            }
            rows.add(control);
        }
        return new Controls(shownFile, List.copyOf(rows), List.copyOf(findings));
    }

    public List<Control> rows() {
        return rows;
    }

    public long implementedCount() {
        return rows.stream().filter(Control::implemented).count();
    }

    public long plannedCount() {
        return rows.size() - implementedCount();
    }

    /**
     * @param constructPaths every construct path of the app ({@code CloudAssemblyReader#constructPaths()})
     * @param manifestObjects {@code Kind/name} of the objects every rendered overlay has
     */
    public List<Finding> findings(Set<String> constructPaths, Set<String> manifestObjects) {
        List<Finding> findings = new ArrayList<>(formatFindings);
        for (Control control : rows) {
            if (!control.implemented()) {
                continue;
            }
            for (String implementation : control.implementations()) {
                boolean manifest = implementation.startsWith(Control.MANIFEST_PREFIX);
                boolean exists = manifest ? manifestObjects.contains(implementation.substring(Control.MANIFEST_PREFIX.length()))
                        : constructPaths.contains(implementation);
                if (!exists) {
                    findings.add(new Finding(EVIDENCE_KEY, Location.of(shownFile, control.line()),
                            "control " + control.id() + " is '" + Control.IMPLEMENTED + "' by '" + implementation
                                    + "', which "
                                    + (manifest ? "not every overlay in build/k8s renders" : "is not a construct of build/cdk.out/tree.json") + ".",
                            "Name what implements it, or mark it '" + Control.PLANNED + "' with what would."));
                }
            }
        }
        return findings;
    }
}
