package com.varsomics.archgen.document;

import com.varsomics.archgen.BuildException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Splits the converted HTML of one or more volumes into light pages for the site: a table of contents
 * ({@link DocumentOutputs#INDEX_PAGE}) and one page per chapter ({@code <chapter-id>.html}). Each page is a body
 * fragment the site wraps in its layout: headings start at {@code h1}, every {@code #anchor} link points at the page
 * that holds the anchor (across volumes too), diagrams are the site's SVG files (never embedded) and each view's
 * figure links to its diagram page.
 */
final class HtmlPages {

    /**
     * A volume as Asciidoctor converted it.
     *
     * @param id   its source's name ({@code arquitetura}); a link {@code <id>.html#anchor} between volumes lands on the anchor
     * @param html the converted document (standalone HTML)
     */
    record Volume(String id, Document html) {
    }

    /** Where the diagrams are: the folder Asciidoctor read them from, and the same folder as seen from a page. */
    record Diagrams(Path imagesDirectory, String href) {
    }

    private static final String VIEW_FIGURE_PREFIX = "diagrama-";

    private HtmlPages() {
    }

    /** Writes each page's fragment into {@code directory} (emptied first) and lists the pages in reading order. */
    static List<DocumentOutputs.Page> write(List<Volume> volumes, Diagrams diagrams, Path directory) {
        // as converted: no re-indentation (smaller pages, and listings keep their exact text)
        volumes.forEach(volume -> volume.html().outputSettings().prettyPrint(false));
        List<Draft> drafts = new ArrayList<>();
        drafts.add(index(volumes));
        for (Volume volume : volumes) {
            Element content = volume.html().selectFirst("#content");
            for (Element chapter : content == null ? List.<Element>of() : content.select("> div.sect1")) {
                Element heading = chapter.selectFirst("> h2[id]");
                if (heading == null) {
                    throw new BuildException(volume.id() + ": a chapter has no id (\"" + chapter.select("> h2").text()
                            + "\"); give it an anchor, e.g. [[custos]] above its title, so its page has a stable name.");
                }
                drafts.add(new Draft(heading.id(), volume.id(), heading.text(), chapter));
            }
        }
        Map<String, String> anchorPages = anchorPages(drafts);
        Map<String, String> volumeIds = new HashMap<>();
        volumes.forEach(volume -> volumeIds.put(volume.id() + ".html", volume.id()));
        List<DocumentOutputs.Page> pages = new ArrayList<>();
        recreate(directory);
        for (Draft draft : drafts) {
            links(draft, anchorPages, volumeIds);
            figures(draft.body(), diagrams);
            labelCells(draft.body());
            draft.body().select("div[style~=page-break]").remove();
            Path fragment = directory.resolve(draft.id() + ".html");
            write(fragment, draft.body().outerHtml());
            List<String> images = draft.body().select("img[src^=" + diagrams.href() + "]").eachAttr("src").stream()
                    .map(source -> source.substring(diagrams.href().length())).distinct().toList();
            pages.add(new DocumentOutputs.Page(draft.id(), draft.volume(), draft.title(), fragment, draft.anchors(), images));
        }
        return List.copyOf(pages);
    }

    /** A page being made: its body is a copy, detached from the converted document. */
    private record Draft(String id, String volume, String title, Element body, List<String> anchors) {

        Draft(String id, String volume, String title, Element source) {
            this(id, volume, title, shiftHeadings(source.clone()), new ArrayList<>());
            body.select("[id]").forEach(element -> anchors.add(element.id()));
        }
    }

    /** The table of contents: the first volume's title and details, each volume's preamble and its chapter list. */
    private static Draft index(List<Volume> volumes) {
        Element body = new Element("div").addClass("documento-indice");
        for (Volume volume : volumes) {
            Element header = volume.html().selectFirst("#header");
            Element title = header == null ? null : header.selectFirst("> h1");
            body.appendChild(new Element(volumes.indexOf(volume) == 0 ? "h1" : "h2").text(title == null ? volume.id() : title.text()));
            Element details = header == null ? null : header.selectFirst("> div.details");
            if (details != null) {
                body.appendChild(details.clone());
            }
            Element preamble = volume.html().selectFirst("#preamble");
            if (preamble != null) {
                body.appendChild(preamble.clone());
            }
            Element toc = volume.html().selectFirst("#toc");
            if (toc != null) {
                Element contents = toc.clone().removeAttr("class").addClass("documento-sumario");
                // the contents of every volume share this page: each entry names its volume, so it lands in the right one
                contents.select("a[href^=#]").forEach(link -> link.attr("href", volume.id() + ".html" + link.attr("href")));
                contents.select("#toctitle").tagName(volumes.indexOf(volume) == 0 ? "h2" : "h3").removeAttr("id");
                body.appendChild(contents.removeAttr("id"));
            }
        }
        String title = body.selectFirst("h1") == null ? "Documento" : body.selectFirst("h1").text();
        return new Draft(DocumentOutputs.INDEX_PAGE, volumes.isEmpty() ? "" : volumes.getFirst().id(), title, body);
    }

    /** A chapter's {@code h2} becomes the page's {@code h1}, and every level below moves up with it. */
    private static Element shiftHeadings(Element chapter) {
        if (chapter.selectFirst("h1") != null) {
            return chapter; // the index: already starts at h1
        }
        for (int level = 2; level <= 6; level++) {
            chapter.select("h" + level).tagName("h" + (level - 1));
        }
        return chapter;
    }

    /** The page of each anchor, keyed {@code <volume>#<anchor>}: the volumes are separate documents and may repeat an anchor. */
    private static Map<String, String> anchorPages(List<Draft> drafts) {
        Map<String, String> pages = new HashMap<>();
        for (Draft draft : drafts) {
            if (!draft.id().equals(DocumentOutputs.INDEX_PAGE)) {
                draft.anchors().forEach(anchor -> pages.putIfAbsent(draft.volume() + "#" + anchor, draft.id()));
            }
        }
        return pages;
    }

    /**
     * {@code #anchor} (in the page's volume) or {@code <volume>.html#anchor} → {@code <page>.html#anchor}, or
     * {@code #anchor} on the same page.
     *
     * @param volumeFiles each volume's file name ({@code referencia.html}) → its id
     */
    private static void links(Draft draft, Map<String, String> anchorPages, Map<String, String> volumeFiles) {
        for (Element link : draft.body().select("a[href]")) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            if (hash < 0) {
                continue;
            }
            String file = href.substring(0, hash);
            String volume = file.isEmpty() ? draft.volume() : volumeFiles.get(file);
            if (volume == null) {
                continue; // a link out of the document
            }
            String anchor = href.substring(hash + 1);
            String page = anchorPages.get(volume + "#" + anchor);
            if (page != null) {
                link.attr("href", page.equals(draft.id()) ? "#" + anchor : page + ".html#" + anchor);
            }
        }
    }

    /** Each image is the site's copy of the diagram, and a view's figure opens the view's page. */
    private static void figures(Element body, Diagrams diagrams) {
        String imagesDirectory = diagrams.imagesDirectory().toAbsolutePath().toString();
        for (Element image : body.select("img[src]")) {
            String source = image.attr("src");
            if (source.startsWith(imagesDirectory + "/")) {
                image.attr("src", diagrams.href() + source.substring(imagesDirectory.length() + 1));
            }
            image.removeAttr("width");
            image.attr("loading", "lazy");
            Element block = image.closest("div.imageblock");
            if (block != null && block.id().startsWith(VIEW_FIGURE_PREFIX) && image.closest("a") == null) {
                String view = block.id().substring(VIEW_FIGURE_PREFIX.length());
                image.wrap("<a class=\"figura-visao\"></a>");
                image.parent().attr("href", diagrams.href() + view + ".html")
                        .attr("title", "Abrir a visão no explorador de diagramas (zoom, elementos clicáveis)");
            }
        }
    }

    /**
     * Each body cell names its column ({@code data-coluna}), so a narrow screen can show a row as a card; the cells lose
     * Asciidoctor's per-cell classes, which only its own stylesheet reads (a quarter of a table's bytes).
     */
    private static void labelCells(Element body) {
        for (Element cell : body.select("table.tableblock th, table.tableblock td, table.tableblock p.tableblock")) {
            String align = cell.hasClass("halign-right") ? "direita" : cell.hasClass("halign-center") ? "centro" : "";
            cell.removeAttr("class");
            if (!align.isEmpty()) {
                cell.addClass(align);
            }
        }
        for (Element table : body.select("table.tableblock")) {
            List<String> header = table.select("> thead > tr > th").eachText();
            for (Element row : table.select("> tbody > tr")) {
                List<Element> cells = row.select("> td");
                for (int i = 0; i < cells.size() && cells.size() == header.size(); i++) {
                    cells.get(i).attr("data-coluna", header.get(i));
                }
            }
        }
    }

    private static void recreate(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new BuildException(directory + ": cannot prepare the document's pages (" + e.getMessage() + ")", e);
        }
    }

    private static void write(Path file, String html) {
        try {
            Files.writeString(file, html + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot write the document's page (" + e.getMessage() + ")", e);
        }
    }
}
