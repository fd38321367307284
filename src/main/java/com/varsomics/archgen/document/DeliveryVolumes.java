package com.varsomics.archgen.document;

import java.nio.file.Path;
import java.util.List;

/**
 * The two volumes of the delivery, declared in this one place: where each one's master file is (under
 * {@code docs/}), where its HTML page goes (under {@code build/site/}; both in the same folder, since they link to
 * each other by file name) and where its PDF goes (under {@code build/}).
 *
 * @param number   1 or 2, as the other volume's cross-references name it ("Volume 2, Seção 3.4")
 * @param title    what the reader sees (pt-BR)
 * @param source   the master file, relative to {@code docs/}
 * @param sitePath the HTML page, relative to {@code build/site/}
 * @param pdfPath  the PDF, relative to {@code build/}
 */
public record DeliveryVolumes(int number, String title, String source, String sitePath, String pdfPath) {

    /** The proposal: what an interviewer reads in 30 minutes. */
    public static final DeliveryVolumes PROPOSAL = new DeliveryVolumes(1, "Proposta de arquitetura", "arquitetura.adoc",
            "documento/index.html", "pdf/arquitetura.pdf");
    /** The provisioning guide and the reference chapters the proposal points to. */
    public static final DeliveryVolumes REFERENCE = new DeliveryVolumes(2, "Guia de provisionamento e referência", "referencia.adoc",
            "documento/referencia.html", "pdf/referencia.pdf");

    public static final List<DeliveryVolumes> ALL = List.of(PROPOSAL, REFERENCE);

    /** Both volumes as the renderer takes them; without {@code pdfs} only their HTML. */
    public static List<DocumentRenderer.Volume> resolve(Path docsDirectory, Path siteDirectory, Path buildDirectory, boolean pdfs) {
        return ALL.stream().map(volume -> new DocumentRenderer.Volume(volume.number(), docsDirectory.resolve(volume.source()),
                siteDirectory.resolve(volume.sitePath()), pdfs ? buildDirectory.resolve(volume.pdfPath()) : null)).toList();
    }
}
