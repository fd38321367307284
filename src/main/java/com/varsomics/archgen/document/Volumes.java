package com.varsomics.archgen.document;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.extension.Treeprocessor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The delivery is split into volumes rendered from the same sources: Volume 1 (the proposal) and Volume 2 (the
 * provisioning guide and reference). This index knows, per volume, every anchor and the section that holds it,
 * read from each volume's parsed structure (numbers and titles as Asciidoctor assigned them) by the treeprocessor
 * {@link #collector()}; the {@code volume1:}/{@code volume2:} macros and the element and requirement links resolve
 * a reference to the other volume through it. A conversion learns which volume it is from the document attribute
 * {@value #VOLUME_ATTRIBUTE}; without it (a single document, as in fixtures) there is no other volume.
 */
final class Volumes {

    static final String VOLUME_ATTRIBUTE = "volume";

    /**
     * The section an anchor lands in: its number as printed ("3.4", "A"), its title, and whether it is a chapter,
     * an appendix or a section below them ({@code signifier} names which, in pt-BR).
     */
    record Target(String anchor, String number, String title, String signifier) {

        /** "Volume 2, Seção 3.4 (Título)": what the PDF prints, where a link would not leave the page. */
        String describe(int volume) {
            return number.isEmpty() ? where(volume) : where(volume) + " (" + title + ")";
        }

        /**
         * "Volume 2, Seção 3.4"; an unnumbered section by its title: "Volume 2, seção “Título”"; an anchor outside any
         * section: "Volume 2".
         */
        String where(int volume) {
            if (title.isEmpty()) {
                return "Volume " + volume;
            }
            return "Volume " + volume + ", " + (number.isEmpty() ? "seção “" + title + "”" : signifier + " " + number);
        }
    }

    private final Map<Integer, String> htmlFileNames = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, Target>> anchors = new ConcurrentHashMap<>();

    /** Declares the volumes of this build before any is converted; each one's anchors arrive as it is converted. */
    void declare(Map<Integer, String> htmlFileNamesByVolume) {
        htmlFileNames.clear();
        anchors.clear();
        htmlFileNames.putAll(htmlFileNamesByVolume);
    }

    /** The volume a node belongs to, or empty for a single document. */
    static Optional<Integer> volumeOf(ContentNode node) {
        Object value = node.getDocument().getAttribute(VOLUME_ATTRIBUTE);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(value.toString().strip()));
    }

    boolean declared(int volume) {
        return htmlFileNames.containsKey(volume);
    }

    /** Whether the volume's anchors are known yet (a volume converted later is not, in the first pass). */
    boolean indexed(int volume) {
        return anchors.containsKey(volume);
    }

    Optional<Target> find(int volume, String anchor) {
        return Optional.ofNullable(anchors.getOrDefault(volume, Map.of()).get(anchor));
    }

    String href(int volume, String anchor) {
        return htmlFileNames.get(volume) + "#" + anchor;
    }

    /**
     * Where an anchor that the current volume lacks lives in another volume of this build: a single document, or an
     * anchor of the current volume, gives empty (link within the page).
     */
    Optional<Integer> elsewhere(ContentNode node, String anchor) {
        Optional<Integer> current = volumeOf(node);
        if (current.isEmpty() || find(current.get(), anchor).isPresent() || !indexed(current.get())) {
            return Optional.empty();
        }
        return htmlFileNames.keySet().stream().filter(volume -> !volume.equals(current.get()))
                .filter(volume -> find(volume, anchor).isPresent()).findFirst();
    }

    /** Records the anchors of each volume as it is parsed, before conversion (sections are numbered by then). */
    Treeprocessor collector() {
        return new Treeprocessor() {
            @Override
            public Document process(Document document) {
                volumeOf(document).ifPresent(volume -> anchors.put(volume, index(document)));
                return document;
            }
        };
    }

    /**
     * Every id the document registered (sections, blocks, inline anchors such as a catalog row's {@code [[elemento-api]]})
     * with the section that holds it; an id whose node cannot be walked up to a section names the volume only.
     */
    private static Map<String, Target> index(Document document) {
        Map<String, Target> targets = new HashMap<>();
        document.getCatalog().getRefs().forEach((id, node) -> targets.put(id, node instanceof ContentNode content
                ? SourceLocations.sectionOf(content).map(section -> target(id, section)).orElse(volumeOnly(id))
                : volumeOnly(id)));
        return Map.copyOf(targets);
    }

    private static Target volumeOnly(String anchor) {
        return new Target(anchor, "", "", "");
    }

    private static Target target(String anchor, Section section) {
        String number = section.isNumbered() ? stripTrailingDot(section.getSectnum()) : "";
        String signifier = "appendix".equals(section.getSectionName()) ? "Apêndice"
                : section.getLevel() <= 1 ? "Capítulo" : "Seção";
        return new Target(anchor, number, section.getTitle(), signifier);
    }

    private static String stripTrailingDot(String number) {
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }
}
