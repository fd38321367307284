package com.varsomics.archgen.diagrams;

import com.structurizr.Workspace;
import com.structurizr.export.Diagram;
import com.structurizr.export.plantuml.C4PlantUMLExporter;
import com.structurizr.model.Element;
import com.structurizr.view.ElementStyle;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.structurizr.view.Styles;
import com.structurizr.view.ViewSet;
import com.varsomics.archgen.BuildException;
import com.varsomics.archgen.model.ArchitectureModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every view of the model into C4-PlantUML text that renders offline: C4 and AWS icons come from
 * PlantUML's bundled standard library, and the layout engine is Smetana (no Graphviz).
 */
public final class DiagramExporter {

    static final String LAYOUT_PRAGMA = "!pragma layout smetana";
    private static final String AWS_COMMON_INCLUDE = "<awslib14/AWSCommon>";
    /** AWS icons are 64 px; this keeps them beside, not above, an element's label. */
    private static final String SPRITE_SCALE = "scale=0.5";

    private static final String C4_INCLUDE = "!include <C4/";
    private static final Pattern LAST_INCLUDE = Pattern.compile("(?s)^(.*\\n!include <[^>]+>\\n)");
    /**
     * C4-PlantUML draws technology and arrow labels at 12 px and names at 16. All text at 16 px makes the smallest
     * text a third larger while the layout grows only ~5 % (labels and boxes wrap at fixed widths), so a view
     * fits A4 at a legible size. The technology size goes before the C4 includes, which only default it
     * ({@code ?=}), so a later style (the slides') can still override it; the arrow size goes after every include,
     * because C4 and the AWS library each set it.
     */
    static final String TECHNOLOGY_FONT_SIZE = "!$TECHN_FONT_SIZE = 16\n";
    static final String ARROW_FONT_SIZE = "skinparam ArrowFontSize 16\n";
    /**
     * A view property: the width, in px, at which names, descriptions and arrow labels wrap (C4-PlantUML's default
     * is 200). Narrower makes a view taller and thinner, wider the opposite: a way to fit the page it prints on.
     */
    public static final String WRAP_WIDTH_PROPERTY = "plantuml.wrapWidth";
    private static final Pattern TITLE = Pattern.compile("(?m)^title .*\\n");
    private static final Pattern ELEMENT_DESCRIPTION = Pattern.compile("\\$descr=\"(?:[^\"\\\\]|\\\\.)*\"");

    private final AwsIconCatalog icons;

    public DiagramExporter(AwsIconCatalog icons) {
        this.icons = icons;
    }

    /** Exports every diagram view, ordered by key. Mutates only the in-memory view configuration. */
    public List<PlantUmlDiagram> export(ArchitectureModel model) {
        Workspace workspace = model.workspace();
        ViewSet views = workspace.getViews();
        configure(views);
        addAwsIconStyles(workspace);

        C4PlantUMLExporter exporter = new C4PlantUMLExporter();
        List<PlantUmlDiagram> diagrams = new ArrayList<>();
        for (ModelView view : views.getViews().stream()
                .filter(ModelView.class::isInstance).map(ModelView.class::cast)
                .sorted(Comparator.comparing(ModelView::getKey)).toList()) {
            Set<String> includes = includesFor(view);
            if (!includes.isEmpty()) {
                view.addProperty(C4PlantUMLExporter.PLANTUML_INCLUDES_PROPERTY, String.join(",", includes));
            }
            Diagram diagram = exportView(exporter, view);
            diagrams.add(new PlantUmlDiagram(view.getKey(), view.getTitle(), withWrapWidth(offline(diagram.getDefinition()), view)));
        }
        return diagrams;
    }

    private static Diagram exportView(C4PlantUMLExporter exporter, ModelView view) {
        Diagram diagram = switch (view) {
            case com.structurizr.view.SystemLandscapeView v -> exporter.export(v);
            case com.structurizr.view.SystemContextView v -> exporter.export(v);
            case com.structurizr.view.ContainerView v -> exporter.export(v);
            case com.structurizr.view.ComponentView v -> exporter.export(v);
            case com.structurizr.view.DynamicView v -> exporter.export(v);
            case com.structurizr.view.DeploymentView v -> exporter.export(v);
            default -> throw new BuildException("View '" + view.getKey() + "' is a " + view.getClass().getSimpleName()
                    + ", which the C4-PlantUML exporter cannot draw. Use a system context, container, component, dynamic or deployment view.");
        };
        if (diagram == null) {
            throw new BuildException("View '" + view.getKey() + "' produced no diagram; check that it is not a custom or image view.");
        }
        return diagram;
    }

    private static String withWrapWidth(String source, ModelView view) {
        String width = view.getProperties().get(WRAP_WIDTH_PROPERTY);
        if (width == null) {
            return source;
        }
        if (!width.matches("[1-9]\\d{1,3}")) {
            throw new BuildException("View '" + view.getKey() + "': property " + WRAP_WIDTH_PROPERTY + " is '" + width
                    + "'; give a width in px between 10 and 9999, e.g. \"150\".");
        }
        return source.replace(ARROW_FONT_SIZE, ARROW_FONT_SIZE + "skinparam wrapWidth " + width + "\n");
    }

    /** Deterministic, offline C4-PlantUML settings for every view. */
    private static void configure(ViewSet views) {
        var configuration = views.getConfiguration();
        configuration.addProperty(C4PlantUMLExporter.C4PLANTUML_STANDARD_LIBRARY_PROPERTY, "true");
        configuration.addProperty(C4PlantUMLExporter.C4PLANTUML_TAGS_PROPERTY, "true");
        configuration.addProperty(C4PlantUMLExporter.C4PLANTUML_LEGEND_PROPERTY, "false");
    }

    /**
     * Each AWS service named by an element's {@code aws.service} property becomes a tag with an element
     * style whose C4-PlantUML sprite is the service's awslib14 icon.
     */
    private void addAwsIconStyles(Workspace workspace) {
        Styles styles = workspace.getViews().getConfiguration().getStyles();
        for (Element element : workspace.getModel().getElements()) {
            awsService(element).ifPresent(service -> {
                element.addTags(service);
                if (styles.getElementStyle(service) == null) {
                    ElementStyle style = styles.addElementStyle(service);
                    AwsIcon icon = iconFor(service);
                    style.addProperty(C4PlantUMLExporter.C4PLANTUML_SPRITE,
                            icon.spriteName() + "," + SPRITE_SCALE + ",color=" + icon.colour());
                }
            });
        }
    }

    private Set<String> includesFor(ModelView view) {
        Set<String> includes = new TreeSet<>();
        for (ElementView elementView : view.getElements()) {
            awsService(elementView.getElement())
                    .flatMap(icons::icon)
                    .ifPresent(icon -> includes.add(icon.include()));
        }
        if (includes.isEmpty()) {
            return includes;
        }
        Set<String> ordered = new java.util.LinkedHashSet<>();
        ordered.add(AWS_COMMON_INCLUDE); // defines the macros every icon file uses, so it comes first
        ordered.addAll(includes);
        return ordered;
    }

    private AwsIcon iconFor(String service) {
        return icons.icon(service).orElseThrow(() -> new BuildException(
                "aws.service '" + service + "' has no icon in src/main/resources/aws-icons.tsv (validation should have caught this)."));
    }

    private static Optional<String> awsService(Element element) {
        Element described = element;
        if (element instanceof com.structurizr.model.StaticStructureElementInstance instance) {
            described = instance.getElement();
        }
        return Optional.ofNullable(described.getProperties().get(AwsIconCatalog.AWS_SERVICE_PROPERTY));
    }

    /**
     * Selects the Smetana layout engine (bundled, so no Graphviz) and drops the C4 legend, whose
     * glyphs the bundled fonts lack and whose content the document explains in prose. Also drops what the
     * page around the drawing already says, so the drawing stays small enough to print legibly on A4
     * (the document's legibility check measures it): the title and the view's description (the figure's
     * caption and alt text) and each element's description (the catalog and the site's element pages).
     */
    static String offline(String definition) {
        int endOfFirstLine = definition.indexOf('\n');
        if (!definition.startsWith("@startuml") || endOfFirstLine < 0) {
            throw new BuildException("Unexpected PlantUML export (no @startuml line): " + definition.lines().findFirst().orElse(""));
        }
        String body = definition.substring(endOfFirstLine + 1).replaceAll("(?m)^SHOW_LEGEND\\(.*\\)\\n", "");
        body = TITLE.matcher(body).replaceFirst("");
        body = ELEMENT_DESCRIPTION.matcher(body).replaceAll("\\$descr=\"\"");
        int firstC4Include = body.indexOf(C4_INCLUDE);
        if (firstC4Include < 0) {
            throw new BuildException("Unexpected PlantUML export (no " + C4_INCLUDE + " line): the document style cannot set its font sizes.");
        }
        body = body.substring(0, firstC4Include) + TECHNOLOGY_FONT_SIZE + body.substring(firstC4Include);
        Matcher includes = LAST_INCLUDE.matcher(body);
        if (includes.find()) {
            body = includes.group(1) + ARROW_FONT_SIZE + body.substring(includes.end());
        }
        return definition.substring(0, endOfFirstLine + 1) + LAYOUT_PRAGMA + "\n" + body;
    }
}
