package com.varsomics.archgen.document;

import com.structurizr.view.ModelView;
import com.varsomics.archgen.diagrams.SvgMetrics;
import com.varsomics.archgen.model.ArchitectureModel;
import com.varsomics.archgen.model.SourceLocation;
import com.varsomics.archgen.text.AsciiDocText;
import com.varsomics.archgen.text.ViewMacro;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code diagrama::containers[]} places the rendered view with its title as caption and its description as
 * alt text, both from the model; {@code pagina=paisagem} puts it on a landscape page of its own. The placement is the
 * anchor {@code diagrama-<key>}; a second placement of a view is a repeated figure and is reported, as is an unknown
 * view key. Each placement is measured as the PDF prints it: the SVG's smallest font size times the scale that fits
 * the drawing into the page's text area (asciidoctor-pdf scales an image to the placed width, then down to the
 * page height if it is taller), less room for the caption.
 */
final class DiagramMacro extends ViewMacro {

    static final String PAGE_ATTRIBUTE = "pagina";
    /** The caption's type: 10 pt, 1.4 line height, characters ~0.55 em wide on average (Noto Sans), a 6 pt margin. */
    private static final double CAPTION_LINE_POINTS = 14;
    private static final double CAPTION_CHARACTER_POINTS = 5.5;
    private static final double CAPTION_MARGIN_POINTS = 6;

    private final DocumentReferences references;
    private final Path projectDirectory;

    DiagramMacro(ArchitectureModel model, DocumentReferences references, Path projectDirectory) {
        super(model);
        this.references = references;
        this.projectDirectory = projectDirectory;
    }

    @Override
    protected SourceLocation locate(StructuralNode parent, String target) {
        return SourceLocations.of(parent, projectDirectory);
    }

    @Override
    protected void unknownView(SourceLocation location, String message, String remedy) {
        references.unresolved(location, message, remedy);
    }

    @Override
    protected Map<String, Object> image(StructuralNode parent, ModelView view, SourceLocation location, Map<String, Object> attributes) {
        String target = view.getKey();
        PrintedPage.Orientation orientation = orientation(attributes, location, target);
        boolean firstPlacement = references.view(target);
        if (!firstPlacement) {
            references.repeatedView(location, "view '" + target + "' is placed a second time, which repeats its figure.",
                    "Refer to the first one with <<diagrama-" + target + ">> instead.");
        }
        Map<String, Object> imageAttributes = new HashMap<>();
        imageAttributes.put("target", target + ".svg");
        imageAttributes.put("alt", view.getDescription());
        imageAttributes.put("title", AsciiDocText.literal(view.getTitle())); // a block title gets substitutions
        if (firstPlacement) { // an anchor must be unique, and the repetition is reported already
            imageAttributes.put("id", "diagrama-" + target);
        }
        String width = String.valueOf(attributes.getOrDefault("width", "100%"));
        imageAttributes.put("width", width);
        imageAttributes.put("align", "center");
        if (orientation == PrintedPage.Orientation.LANDSCAPE) {
            imageAttributes.put("role", LandscapePages.ROLE); // LandscapePages puts the page breaks around it
        }
        measure(parent, target, view.getTitle(), location, orientation, width);
        return imageAttributes;
    }

    @Override
    protected StructuralNode placed(StructuralNode image) {
        return numberAsFigure(image);
    }

    private PrintedPage.Orientation orientation(Map<String, Object> attributes, SourceLocation location, String target) {
        Object page = attributes.get(PAGE_ATTRIBUTE);
        if (page == null) {
            return PrintedPage.Orientation.PORTRAIT;
        }
        for (PrintedPage.Orientation orientation : PrintedPage.Orientation.values()) {
            if (orientation.label.equals(page)) {
                return orientation;
            }
        }
        references.unresolved(location, "diagrama::" + target + "[" + PAGE_ATTRIBUTE + "=" + page + "] names no page layout.",
                "Use pagina=retrato or pagina=paisagem.");
        return PrintedPage.Orientation.PORTRAIT;
    }

    /** Records how small the placed view's text prints; the checks compare it with the limit. */
    private void measure(StructuralNode parent, String target, String title, SourceLocation location,
                         PrintedPage.Orientation orientation, String width) {
        Object imagesDirectory = parent.getDocument().getAttribute("imagesdir");
        Object theme = parent.getDocument().getAttribute("pdf-theme");
        if (imagesDirectory == null || theme == null) {
            return;
        }
        Path svgFile = Path.of(imagesDirectory.toString()).resolve(target + ".svg");
        if (!Files.isRegularFile(svgFile)) {
            return; // Asciidoctor reports the missing image
        }
        SvgMetrics svg;
        try {
            svg = SvgMetrics.of(Files.readString(svgFile, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            references.unresolved(location, svgFile + " cannot be measured (" + e.getMessage() + ").", "Render the view again.");
            return;
        }
        PrintedPage page = PrintedPage.of(Path.of(theme.toString()), orientation);
        double placedWidth = page.width() * widthFraction(width);
        double availableHeight = page.height() - captionHeight(title, page);
        double scale = Math.min(placedWidth / svg.width(), availableHeight / svg.height());
        references.placement(new DocumentReferences.Placement(target, location, page.medium(), svg.smallestFontSize() * scale,
                String.format(Locale.ROOT, "%.0f px text in a %.0f×%.0f px drawing, scaled by %.3f into %.0f×%.0f pt",
                        svg.smallestFontSize(), svg.width(), svg.height(), scale, placedWidth, availableHeight)));
    }

    /** "Figura 12. " and the title, wrapped to the text width. */
    private static double captionHeight(String title, PrintedPage page) {
        double textWidth = ("Figura 99. " + title).length() * CAPTION_CHARACTER_POINTS;
        return Math.ceil(textWidth / page.width()) * CAPTION_LINE_POINTS + CAPTION_MARGIN_POINTS;
    }

    /** The {@code width} attribute as a fraction of the text width: "60%" is 0.6; anything else prints at full width. */
    private static double widthFraction(String width) {
        String value = width.strip();
        if (value.endsWith("%")) {
            try {
                return Math.min(1, Double.parseDouble(value.substring(0, value.length() - 1)) / 100);
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }

    /**
     * "Figura 3. " before the title, as Asciidoctor gives a titled image written in the source: a block an
     * extension creates gets its title but not the caption, so it shares the document's figure counter here.
     */
    private static StructuralNode numberAsFigure(StructuralNode figure) {
        Object label = figure.getDocument().getAttribute("figure-caption");
        if (label != null && !label.toString().isBlank()) {
            figure.setCaption(label + " " + figure.getDocument().getAndIncrementCounter("figure-number") + ". ");
        }
        return figure;
    }
}
