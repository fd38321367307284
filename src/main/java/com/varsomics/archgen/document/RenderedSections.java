package com.varsomics.archgen.document;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.varsomics.archgen.document.DocumentOutputs.Section;

/**
 * The sections of this stage's converted HTML: every {@code div.sect1}…{@code div.sect3} whose heading has an id,
 * with its number and the text of its own blocks (nested sections are listed on their own).
 */
final class RenderedSections {

    /** Enough text for a search to find a section by what it says, without copying the document into the index. */
    static final int MAX_TEXT = 700;
    /** "9.4. Totais…", "Capítulo 9. Custos", "Apêndice A: …": the number Asciidoctor put before the title. */
    private static final Pattern NUMBER = Pattern.compile("^(?:Capítulo |Apêndice )?([0-9A-Z]+(?:\\.[0-9]+)*)[.:] ");

    private RenderedSections() {
    }

    static List<Section> read(Document document) {
        List<Section> sections = new ArrayList<>();
        for (Element section : document.select("div.sect1, div.sect2, div.sect3")) {
            Element heading = section.selectFirst("> h2[id], > h3[id], > h4[id]");
            if (heading == null) {
                continue;
            }
            Element body = section.hasClass("sect1") ? section.selectFirst("> div.sectionbody") : section;
            Matcher number = NUMBER.matcher(heading.text());
            sections.add(new Section(heading.id(), number.find() ? number.group(1) : "", heading.text(), ownText(body, heading)));
        }
        return List.copyOf(sections);
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
}
