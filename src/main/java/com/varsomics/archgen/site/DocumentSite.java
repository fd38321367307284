package com.varsomics.archgen.site;

import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.site.pages.Link;
import com.varsomics.archgen.site.pages.PageMeta;
import com.varsomics.archgen.site.pages.Pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Publishes the document's pages ({@code documento/<chapter>.html}) in the site's layout: the site's header,
 * navigation and style around each page the document stage handed over, the table of contents and the chapters
 * before and after it, links to the PDF and the deck; and the diagram files the pages show that are not views (the
 * views' SVG files are the ones the diagram pages offer, stored once).
 */
final class DocumentSite {

    private final ReviewersSite.Sources sources;
    private final SitePages pages;
    private final SiteTemplates templates;

    DocumentSite(ReviewersSite.Sources sources, SitePages pages, SiteTemplates templates) {
        this.sources = sources;
        this.pages = pages;
        this.templates = templates;
    }

    void write(ReviewersSite.Writer writer) {
        List<DocumentOutputs.Page> all = sources.documentPages().pages();
        for (int i = 0; i < all.size(); i++) {
            DocumentOutputs.Page page = all.get(i);
            PageMeta meta = pages.meta(page.sitePath(), page.title(), "Documento de arquitetura: " + page.title() + ".", "documento", List.of());
            boolean index = page.id().equals(DocumentOutputs.INDEX_PAGE);
            Link previous = i > 1 ? link(meta, all.get(i - 1)) : null;
            Link next = i + 1 < all.size() ? link(meta, all.get(i + 1)) : null;
            writer.page(page.sitePath(), templates.render("document.jte", new Pages.DocumentPage(meta, read(page.fragment()), previous, next,
                    index ? null : new Link("Sumário do documento", meta.href(Companion.DOCUMENT.sitePath())),
                    companion(meta, Companion.PDF, "Versão em PDF"), companion(meta, Companion.SLIDES, "Apresentação (slides)"))));
            for (String image : page.images()) {
                String sitePath = SiteModel.DIAGRAMS_FOLDER + image;
                if (!writer.has(sitePath)) {
                    writer.file(sitePath, bytes(sources.diagramsDirectory().resolve(image)));
                }
            }
        }
    }

    private static Link link(PageMeta meta, DocumentOutputs.Page page) {
        return new Link(page.title(), meta.href(page.sitePath()));
    }

    private Link companion(PageMeta meta, Companion companion, String text) {
        return sources.companions().has(companion) ? new Link(text, meta.href(companion.sitePath())) : null;
    }

    private static String read(Path fragment) {
        return new String(bytes(fragment), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BuildException(file + ": the site publishes this output of the document stage, which is missing ("
                    + e.getMessage() + "); run the whole build (./mvnw package).", e);
        }
    }
}
