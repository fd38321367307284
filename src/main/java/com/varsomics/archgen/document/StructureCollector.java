package com.varsomics.archgen.document;

import com.varsomics.archgen.model.SourceLocation;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structures the checks care about before conversion: the risks table ({@code [.riscos]},
 * with "Elemento" and "Verificação" columns), the provisioning steps (sections with role {@code passo},
 * holding listings with roles {@code comando} and {@code verificacao}) and every listing's lines.
 */
final class StructureCollector extends Treeprocessor {

    static final String RISKS_ROLE = DocumentReferences.Risk.TABLE_ROLE;
    static final String STEP_ROLE = "passo";
    static final String COMMAND_ROLE = "comando";
    static final String VERIFICATION_ROLE = "verificacao";
    static final String ELEMENT_COLUMN = DocumentReferences.Risk.ELEMENT_COLUMN;
    static final String VERIFICATION_COLUMN = DocumentReferences.Risk.VERIFICATION_COLUMN;

    private static final int PRIORITY_COLUMNS = 6;
    private static final Pattern ELEMENT_REFERENCE = Pattern.compile("elemento:([A-Za-z0-9_.-]+)\\[");

    private final DocumentReferences references;
    private final Path projectDirectory;

    StructureCollector(DocumentReferences references, Path projectDirectory) {
        this.references = references;
        this.projectDirectory = projectDirectory;
    }

    @Override
    public Document process(Document document) {
        for (StructuralNode node : document.findBy(Map.of("context", ":table"))) {
            if (node.hasRole(RISKS_ROLE)) {
                collectRisks((Table) node);
            }
            if (node.hasRole(DocumentReferences.Priority.TABLE_ROLE)) {
                collectPriorities((Table) node);
            }
        }
        for (StructuralNode node : document.findBy(Map.of("context", ":section"))) {
            if (node.hasRole(STEP_ROLE)) {
                collectStep((Section) node);
            }
        }
        for (String context : List.of(":listing", ":literal")) {
            for (StructuralNode node : document.findBy(Map.of("context", context))) {
                collectListing((Block) node);
            }
        }
        return document;
    }

    private void collectRisks(Table table) {
        List<String> header = table.getHeader().isEmpty() ? List.of()
                : table.getHeader().getFirst().getCells().stream().map(Cell::getSource).map(String::strip).toList();
        int elementColumn = header.indexOf(ELEMENT_COLUMN);
        int verificationColumn = header.indexOf(VERIFICATION_COLUMN);
        var location = SourceLocations.of(table, projectDirectory);
        if (elementColumn < 0 || verificationColumn < 0) {
            references.unresolved(location, "the risks table needs header columns '" + ELEMENT_COLUMN + "' and '"
                    + VERIFICATION_COLUMN + "' (found " + header + ").", "");
            return;
        }
        for (Row row : table.getBody()) {
            List<Cell> cells = row.getCells();
            List<String> elementIds = new ArrayList<>();
            Matcher matcher = ELEMENT_REFERENCE.matcher(cells.get(elementColumn).getSource());
            while (matcher.find()) {
                elementIds.add(matcher.group(1));
            }
            references.risk(new DocumentReferences.Risk(cells.getFirst().getSource().strip(), elementIds,
                    cells.get(verificationColumn).getSource().strip(), location));
            if (cells.size() > 1) {
                references.riskTitle(cells.getFirst().getSource().strip(), cells.get(1).getSource().strip());
            }
        }
    }

    /** Columns: #, Risco, Prob., Impacto, P × I, Por que está no topo. */
    private void collectPriorities(Table table) {
        var location = SourceLocations.of(table, projectDirectory);
        for (Row row : table.getBody()) {
            List<String> cells = row.getCells().stream().map(Cell::getSource).map(String::strip).toList();
            if (cells.size() < PRIORITY_COLUMNS) {
                references.unresolved(location, "the priorities table ([." + DocumentReferences.Priority.TABLE_ROLE
                        + "]) needs " + PRIORITY_COLUMNS + " columns (#, Risco, Prob., Impacto, P × I, Por que está no topo); found " + cells + ".", "");
                return;
            }
            try {
                references.priority(new DocumentReferences.Priority(cells.getFirst(), Integer.parseInt(cells.get(2)),
                        Integer.parseInt(cells.get(3)), Integer.parseInt(cells.get(4)), cells.get(5), location));
            } catch (NumberFormatException e) {
                references.unresolved(location, "priority of risk " + cells.getFirst() + " needs whole numbers in Prob.,"
                        + " Impacto and P × I; found " + cells.subList(2, 5) + ".", "");
            }
        }
    }

    /** The block's location is its opening delimiter; its content starts on the next line. */
    private void collectListing(Block block) {
        var opening = SourceLocations.of(block, projectDirectory);
        references.listing(new DocumentReferences.Listing(new SourceLocation(opening.file(), opening.line() + 1), block.getLines()));
    }

    private void collectStep(Section section) {
        int commands = 0;
        int verifications = 0;
        for (StructuralNode block : section.findBy(Map.of("context", ":listing"))) {
            if (block.hasRole(COMMAND_ROLE)) {
                commands++;
            }
            if (block.hasRole(VERIFICATION_ROLE)) {
                verifications++;
            }
        }
        references.step(new DocumentReferences.Step(section.getTitle(), commands, verifications,
                SourceLocations.of(section, projectDirectory)));
    }
}
