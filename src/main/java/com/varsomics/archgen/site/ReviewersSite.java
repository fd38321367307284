package com.varsomics.archgen.site;

import com.varsomics.archgen.check.Location;
import com.structurizr.model.Element;
import com.structurizr.view.ModelView;
import com.varsomics.archgen.BuildContext;
import com.varsomics.archgen.document.DocumentOutputs;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.diagrams.AwsIconCatalog;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.site.pages.Link;
import com.varsomics.archgen.site.pages.PageMeta;
import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.check.ValidationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The reviewers' site ({@code build/site}): a landing page, one page per model element, clickable diagrams with
 * zoom and downloads, requirements, ADRs and a client-side search, all static, pt-BR, working from {@code file://}
 * with no network. It owns only its own files inside {@code build/site}; the document and slides stages write
 * theirs beside them ({@link Companion}).
 */
public final class ReviewersSite {

    static final String DIAGRAM_SCRIPT = "assets/diagrama.js";
    static final String SEARCH_SCRIPT = "assets/busca.js";
    static final String SEARCH_INDEX = "assets/indice-busca.js";
    static final String STYLESHEET = "assets/site.css";
    static final String PAN_ZOOM_SCRIPT = BundledScript.SVG_PAN_ZOOM.sitePath();
    static final String SEARCH_LIBRARY = BundledScript.LUNR.sitePath();
    private static final String DOCUMENT_DISPLAY_PATH = "build/site/" + Companion.REFERENCE.sitePath();
    /** The site's own assets, copied from src/main/resources/site. */
    private static final List<String> OWN_ASSETS = List.of(STYLESHEET, DIAGRAM_SCRIPT, SEARCH_SCRIPT);
    /** What the site stage writes inside build/site, and so removes before writing again. */
    private static final List<String> OWNED = List.of(SitePages.LANDING, SitePages.SEARCH, SitePages.REQUIREMENTS,
            Companion.PDF.sitePath(), Companion.REFERENCE_PDF.sitePath(), "elementos", "diagramas", "decisoes", "assets");

    /**
     * Everything the site is made from.
     *
     * @param diagramsDirectory where the diagrams stage wrote {@code <view>.svg|png|puml}
     * @param buildDirectory    {@code build/}, where companions outside the site are copied from
     */
    public record Sources(ArchitectureModel model, Path diagramsDirectory, Path buildDirectory, Companions companions,
                          KeyFigures figures, RequirementCatalog requirements, RiskCatalog risks, DecisionCatalog decisions,
                          DocumentSections sections) {

        /**
         * The sources of a real build: the requirements the document stage read and, checked against the risk rows it
         * collected, the risks of its rendered HTML. Without the document stage the site shows requirement ids only
         * and no risks.
         */
        public static Sources of(BuildContext context) {
            RequirementCatalog requirements = context.output(DocumentOutputs.class)
                    .map(outputs -> RequirementCatalog.of(outputs.requirements()))
                    .orElse(RequirementCatalog.idsOnly());
            Sources sources = of(context.model(), context.buildDirectory(), context.published(), requirements);
            context.output(DocumentOutputs.class).ifPresent(outputs -> DocumentRisks.verify(sources.risks(), outputs.risks(), DOCUMENT_DISPLAY_PATH));
            return sources;
        }

        /**
         * @param buildDirectory  {@code build/}: diagrams in {@code diagrams/}, the document's HTML in {@code site/documento/}
         * @param published       the output types the stages before the site published, which decide the {@link Companions}
         * @param requirements    the requirements' texts (the document's {@code docs/requisitos.tsv}), or ids only
         */
        public static Sources of(ArchitectureModel model, Path buildDirectory, java.util.Set<Class<?>> published,
                                 RequirementCatalog requirements) {
            Companions companions = Companions.after(published);
            KeyFigures figures = KeyFigures.from(model);
            List<Finding> findings = new ArrayList<>(figures.unsupported(model));
            DocumentSections sections = DocumentSections.none();
            RiskCatalog risks = RiskCatalog.none();
            if (companions.has(Companion.REFERENCE)) {
                Document html = readDocument(buildDirectory.resolve("site").resolve(Companion.REFERENCE.sitePath()));
                sections = AsciidoctorSections.parse(html);
                risks = DocumentRisks.read(html, model, DOCUMENT_DISPLAY_PATH);
                findings.addAll(figures.disagreeing(DocumentCosts.read(html, DOCUMENT_DISPLAY_PATH), model));
            }
            if (!findings.isEmpty()) {
                throw new ValidationException("The site's key figures have", findings);
            }
            return new Sources(model, buildDirectory.resolve("diagrams"), buildDirectory, companions, figures,
                    requirements, risks, WorkspaceDecisions.of(model), sections);
        }

        private static Document readDocument(Path html) {
            try {
                return Jsoup.parse(html.toFile(), StandardCharsets.UTF_8.name());
            } catch (IOException e) {
                throw new BuildException(DOCUMENT_DISPLAY_PATH + ": cannot read the document's HTML, which the site links and indexes ("
                        + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * What was written.
     *
     * @param pages         every HTML page the stage wrote (site paths)
     * @param requiredPages the element pages the model requires
     * @param stylesheets   the site's stylesheets
     * @param files         how many files the stage wrote
     * @param bytes         their total size
     */
    public record Result(List<String> pages, List<String> requiredPages, List<String> stylesheets, int files, long bytes) {
    }

    private final Sources sources;
    private final SiteTemplates templates = new SiteTemplates();
    private final DecisionMarkdown markdown = new DecisionMarkdown();

    public ReviewersSite(Sources sources) {
        this.sources = sources;
    }

    public Result render(Path siteDirectory) {
        Writer writer = new Writer(siteDirectory);
        writer.clean();
        SiteModel site = new SiteModel(sources.model());
        SitePages pages = new SitePages(site, sources);
        SearchIndex search = new SearchIndex();

        writeAssets(writer);
        writeCompanionCopies(writer);
        writer.page(SitePages.ELEMENT_INDEX, templates.render("elements.jte", pages.elementIndex()));
        List<String> requiredPages = new ArrayList<>();
        for (Element element : site.elements()) {
            String path = site.pagePath(element);
            requiredPages.add(path);
            writer.page(path, templates.render("element.jte", pages.element(element)));
            search.add("elemento:" + ArchitectureModel.identifierOf(element), SiteModel.kindOf(element), element.getName(),
                    String.join(" ", text(element.getDescription()), ArchitectureModel.technologyOf(element),
                            text(element.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY)),
                            ArchitectureModel.identifierOf(element)),
                    text(element.getDescription()), path);
        }
        writeDiagrams(writer, site, pages, search);
        writeDecisions(writer, site, pages, search);
        var requirements = pages.requirements();
        writer.page(SitePages.REQUIREMENTS, templates.render("requirements.jte", requirements));
        for (var requirement : requirements.requirements()) {
            String served = "Atendido por: " + String.join(", ", requirement.elements().stream().map(Link::text).toList()) + ".";
            search.add("requisito:" + requirement.id(), "Requisito", requirement.id()
                    + (requirement.title().isEmpty() ? "" : " — " + requirement.title()),
                    requirement.quote() + " " + served, requirement.quote().isEmpty() ? served : requirement.quote(),
                    SitePages.REQUIREMENTS + "#" + requirement.anchor());
        }
        for (RiskCatalog.Risk risk : sources.risks().risks()) {
            String title = (risk.number().isEmpty() ? "Risco" : "Risco " + risk.number()) + ": " + risk.titleText();
            String mitigation = Inline.plain(risk.mitigation());
            search.add("risco:" + (risk.number().isEmpty() ? risk.titleText() : risk.number()), "Risco (documento)", title,
                    String.join(" ", mitigation, Inline.plain(risk.verification()), String.join(" ", risk.elementIdentifiers())),
                    mitigation, Companion.REFERENCE.sitePath() + "#" + Companion.DocumentAnchors.RISKS);
        }
        for (DocumentSections.Section section : sources.sections().sections()) {
            search.add("secao:" + section.anchor(), "Seção do documento", section.title(), section.text(), section.text(),
                    Companion.REFERENCE.sitePath() + "#" + section.anchor());
        }
        writer.file(SEARCH_INDEX, search.toScript().getBytes(StandardCharsets.UTF_8));
        writer.page(SitePages.SEARCH, templates.render("search.jte", pages.search(search.size())));
        writer.page(SitePages.LANDING, templates.render("landing.jte", pages.landing()));
        return new Result(writer.pages, requiredPages, List.of(STYLESHEET), writer.files, writer.bytes);
    }

    private void writeDiagrams(Writer writer, SiteModel site, SitePages pages, SearchIndex search) {
        DiagramLinker linker = new DiagramLinker();
        writer.page(SitePages.DIAGRAM_INDEX, templates.render("diagrams.jte", pages.diagrams().index()));
        for (ModelView view : site.views()) {
            for (String extension : List.of("svg", "png", "puml")) {
                writer.file(SiteModel.diagramFilePath(view, extension), diagramFile(view, extension));
            }
            String pagePath = SiteModel.diagramPagePath(view);
            String root = PageMeta.rootOf(pagePath);
            String svg = new String(diagramFile(view, "svg"), StandardCharsets.UTF_8);
            String linked = linker.link(svg, view, element -> new DiagramLinker.Target(
                    root + site.pagePath(element), SiteModel.owner(element).getName() + ": abrir a página do elemento"));
            writer.page(pagePath, templates.render("diagram.jte", pages.diagrams().page(view, linked)));
            search.add("visao:" + view.getKey(), "Visão", view.getTitle(), text(view.getDescription()) + " " + view.getKey(),
                    text(view.getDescription()), pagePath);
        }
    }

    private void writeDecisions(Writer writer, SiteModel site, SitePages pages, SearchIndex search) {
        writer.page(SitePages.DECISION_INDEX, templates.render("decisions.jte", pages.decisionIndex()));
        List<Finding> findings = new ArrayList<>();
        for (DecisionCatalog.Decision decision : sources.decisions().decisions()) {
            String path = SitePages.decisionPath(decision);
            List<String> unknown = new ArrayList<>();
            DecisionMarkdown.Rendered rendered = markdown.render(decision.markdown(), decision.status(),
                    references(site, pages, decision, PageMeta.rootOf(path)), unknown);
            unknown.forEach(reference -> findings.add(new Finding("site.decision.reference", Location.NONE,
                    SitePages.decisionLabel(decision) + ": " + reference + " names " + (reference.startsWith("#") ? "no ADR of the same scope"
                            : reference.startsWith("elemento:") ? "no element of workspace.dsl" : "no requirement of docs/requisitos.tsv") + ".",
                    reference.startsWith("elemento:") ? "Use a DSL identifier (e.g. elemento:api[])." : "")));
            writer.page(path, templates.render("decision.jte", pages.decision(decision, rendered.html())));
            search.add("adr:" + decision.key(), "Decisão (ADR)", SitePages.decisionLabel(decision), rendered.text(), rendered.text(), path);
        }
        if (!findings.isEmpty()) {
            throw new ValidationException("The ADRs have", findings);
        }
    }

    /** Where an ADR's references lead from its page. */
    private DecisionMarkdown.References references(SiteModel site, SitePages pages, DecisionCatalog.Decision decision, String root) {
        Set<String> requirementRows = pages.requirementIds();
        boolean allRequirementsKnown = sources.requirements().all().isEmpty();
        return new DecisionMarkdown.References() {
            @Override
            public Optional<Link> element(String identifier) {
                return sources.model().findByIdentifier(identifier).filter(SiteModel::hasPage)
                        .map(element -> new Link(element.getName(), root + site.pagePath(element)));
            }

            @Override
            public Optional<String> requirement(String id) {
                return requirementRows.contains(id)
                        ? Optional.of(root + SitePages.REQUIREMENTS + "#" + Companion.DocumentAnchors.requirement(id)) : Optional.empty();
            }

            @Override
            public boolean knowsRequirement(String id) {
                return allRequirementsKnown || sources.requirements().find(id).isPresent();
            }

            @Override
            public Optional<String> decision(String number) {
                String key = decision.scope() + WorkspaceDecisions.key(number);
                return sources.decisions().decisions().stream().filter(other -> other.key().equals(key)).findFirst()
                        .map(other -> root + SitePages.decisionPath(other));
            }

            @Override
            public Optional<String> document(String anchor) {
                return sources.companions().has(Companion.REFERENCE)
                        ? Optional.of(root + Companion.REFERENCE.sitePath() + "#" + anchor) : Optional.empty();
            }
        };
    }

    private void writeAssets(Writer writer) {
        for (String asset : OWN_ASSETS) {
            writer.file(asset, resource("/site/" + asset));
        }
        for (BundledScript script : BundledScript.ALL) {
            writer.file(script.sitePath(), script.bytes());
            writer.file(script.sitePath() + ".LICENSE.txt", script.licenseBytes());
        }
    }

    /** Copies into the site the companions their stage writes elsewhere (the PDF), so the folder stands alone. */
    private void writeCompanionCopies(Writer writer) {
        for (Companion companion : Companion.ALL) {
            if (companion.copiedFrom() == null || !sources.companions().has(companion)) {
                continue;
            }
            Path source = sources.buildDirectory().resolve(companion.copiedFrom());
            if (!Files.isRegularFile(source)) {
                throw new BuildException("build/" + companion.copiedFrom() + " is missing although the stage that publishes " + companion.producedBy().getSimpleName()
                        + " ran; the site links it as \"" + companion.label()
                        + "\". Check that stage's output path (Companion in the site package).");
            }
            try {
                writer.file(companion.sitePath(), Files.readAllBytes(source));
            } catch (IOException e) {
                throw new BuildException(source + ": cannot copy into the site (" + e.getMessage() + ")", e);
            }
        }
    }

    private byte[] diagramFile(ModelView view, String extension) {
        Path file = sources.diagramsDirectory().resolve(view.getKey() + "." + extension);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BuildException(file + ": the site needs the rendered view '" + view.getKey() + "' (" + e.getMessage()
                    + "). The diagrams stage writes it; run the whole build (./mvnw package).", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReviewersSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new BuildException(name + " is missing from the classpath; it belongs in src/main/resources" + name + ".");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BuildException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Writes files under the site folder and counts them; removes only what the site stage owns. */
    private static final class Writer {

        private final Path root;
        private final List<String> pages = new ArrayList<>();
        private int files;
        private long bytes;

        Writer(Path root) {
            this.root = root;
        }

        void clean() {
            for (String owned : OWNED) {
                Path path = root.resolve(owned);
                if (!Files.exists(path)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(each);
                    }
                } catch (IOException e) {
                    throw new BuildException(path + ": cannot remove the previous site output (" + e.getMessage() + ")", e);
                }
            }
        }

        void page(String sitePath, String html) {
            pages.add(sitePath);
            file(sitePath, html.getBytes(StandardCharsets.UTF_8));
        }

        void file(String sitePath, byte[] content) {
            Path file = root.resolve(sitePath);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new BuildException(file + ": cannot write the site (" + e.getMessage() + ")", e);
            }
            files++;
            bytes += content.length;
        }
    }
}
