package com.varsomics.archgen.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of an Asciidoctor HTML5 document: every {@code div.sect1}…{@code div.sect3} whose heading has an id,
 * with the text of its own blocks (nested sections are indexed on their own).
 */
public final class AsciidoctorSections implements DocumentSections {

    /** Enough text for the search to find a section by what it says, without copying the document into the index. */
    static final int MAX_TEXT = 1500;

    private final List<Section> sections;

    private AsciidoctorSections(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public static AsciidoctorSections parse(Document document) {
        List<Section> sections = new ArrayList<>();
        for (Element section : document.select("div.sect1, div.sect2, div.sect3")) {
            Element heading = section.selectFirst("> h2[id], > h3[id], > h4[id]");
            if (heading == null) {
                continue;
            }
            Element body = section.hasClass("sect1") ? section.selectFirst("> div.sectionbody") : section;
            sections.add(new Section(heading.id(), heading.text(), ownText(body, heading)));
        }
        return new AsciidoctorSections(sections);
    }

    private static String ownText(Element body, Element heading) {
        if (body == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Element child : body.children()) {
            if (child == heading || child.className().matches("sect[1-6].*")) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(child.text());
        }
        String all = text.toString().strip();
        return all.length() <= MAX_TEXT ? all : all.substring(0, all.lastIndexOf(' ', MAX_TEXT) > 0 ? all.lastIndexOf(' ', MAX_TEXT) : MAX_TEXT) + " …";
    }

    @Override
    public List<Section> sections() {
        return sections;
    }
}
