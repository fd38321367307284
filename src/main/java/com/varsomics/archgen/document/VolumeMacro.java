package com.varsomics.archgen.document;

import com.varsomics.archgen.text.AsciiDocText;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code volume2:riscos[]} (or {@code volume1:…}) refers to an anchor of the other volume. The HTML links to the
 * other volume's page at that anchor; the PDF, where a link would not reach another file, names the volume and the
 * section: "Volume 2, Capítulo 3 (Riscos…)". With a text, {@code volume2:riscos[a tabela completa]}, that text leads
 * and the volume and section follow in parentheses. Numbers and titles come from the other volume's parsed
 * structure ({@link Volumes}); an anchor that volume lacks is recorded and fails the build with its file and line.
 */
final class VolumeMacro extends InlineMacroProcessor {

    private final int volume;
    private final Volumes volumes;
    private final DocumentReferences references;
    private final Path projectDirectory;

    VolumeMacro(int volume, Volumes volumes, DocumentReferences references, Path projectDirectory) {
        super(name(volume));
        this.volume = volume;
        this.volumes = volumes;
        this.references = references;
        this.projectDirectory = projectDirectory;
    }

    static String name(int volume) {
        return "volume" + volume;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Object given = attributes.getOrDefault("text", attributes.get("1"));
        String text = given == null ? "" : given.toString().strip();
        if (!volumes.indexed(volume)) {
            // the first pass converts a volume before the other is parsed; the second pass resolves (or reports)
            if (!volumes.declared(volume)) {
                references.crossVolume(SourceLocations.of(parent, projectDirectory), name(volume) + ":" + target
                        + "[] refers to Volume " + volume + ", which this build does not render.", "Use <<" + target + ">> within a volume.");
            }
            return createPhraseNode(parent, "quoted", AsciiDocText.inlineNode(text.isEmpty() ? "Volume " + volume : text));
        }
        Optional<Volumes.Target> found = volumes.find(volume, target);
        if (found.isEmpty()) {
            references.crossVolume(SourceLocations.of(parent, projectDirectory), name(volume) + ":" + target
                    + "[] points to no anchor of Volume " + volume + ".", "Fix the anchor name or add [[" + target
                    + "]] where it should land in that volume.");
            return createPhraseNode(parent, "quoted", AsciiDocText.inlineNode(target));
        }
        String shown = text.isEmpty() ? found.get().describe(volume)
                : AsciiDocText.inlineNode(text) + " (" + found.get().where(volume) + ")";
        if ("pdf".equals(parent.getDocument().getAttribute("backend"))) {
            return createPhraseNode(parent, "quoted", shown); // the title is converted text already
        }
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", volumes.href(volume, target));
        return createPhraseNode(parent, "anchor", shown, new HashMap<>(), options);
    }
}
