package com.varsomics.archgen.site;

import com.structurizr.model.Element;
import com.structurizr.model.StaticStructureElementInstance;
import com.structurizr.view.ElementStyle;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.structurizr.view.Shape;
import com.varsomics.archgen.site.pages.Pages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A diagram page's legend, read from the workspace's element styles: for each style whose tag an element of the
 * view carries, its shape in words and its colours, in the order workspace.dsl declares them. The drawing and the
 * legend share the styles, so the legend cannot promise a colour the drawing does not use.
 */
final class DiagramLegend {

    private static final String BOX = "caixa";

    private DiagramLegend() {
    }

    static List<Pages.LegendEntry> of(ModelView view) {
        Set<String> tags = new LinkedHashSet<>();
        for (ElementView elementView : view.getElements()) {
            Element element = elementView.getElement();
            tags.addAll(element.getTagsAsSet());
            if (element instanceof StaticStructureElementInstance instance) {
                tags.addAll(instance.getElement().getTagsAsSet());
            }
        }
        return view.getViewSet().getConfiguration().getStyles().getElements().stream()
                .filter(style -> tags.contains(style.getTag()))
                .map(DiagramLegend::entry)
                // Styles that give only an icon (the diagram exporter adds one per AWS service tag, so whether they
                // exist depends on what ran before) say nothing about shapes or colours: the "Ícone AWS" line covers them.
                .filter(entry -> !entry.shape().equals(BOX) || !entry.background().isEmpty() || !entry.border().isEmpty()
                        || !entry.text().isEmpty())
                .toList();
    }

    private static Pages.LegendEntry entry(ElementStyle style) {
        return new Pages.LegendEntry(style.getTag(), shape(style.getShape()), colour(style.getBackground()),
                colour(style.getStroke()), colour(style.getColor()));
    }

    private static String shape(Shape shape) {
        if (shape == null) {
            return BOX;
        }
        return switch (shape) {
            case Person -> "pessoa";
            case Cylinder -> "cilindro (banco de dados)";
            case Pipe -> "tubo (fila)";
            case Folder -> "pasta (bucket)";
            default -> shape.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Only a {@code #rrggbb} colour reaches the page's style attribute: model text is data, never markup. */
    private static String colour(String value) {
        return value != null && value.matches("#[0-9A-Fa-f]{6}") ? value.toLowerCase(Locale.ROOT) : "";
    }
}
