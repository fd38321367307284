package com.varsomics.archgen.site;

import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.StaticStructureElementInstance;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a rendered view clickable without touching the diagrams the document embeds: each element group of the
 * PlantUML SVG is wrapped in a link to the element's page, and the root is made to fill its container.
 * <p>
 * PlantUML marks each element with {@code data-qualified-name}: the C4-PlantUML alias the Structurizr exporter
 * gave it (parent aliases joined by dots; {@code \W} removed from names; {@code _<n>} for instances;
 * {@code _boundary} for boundaries), prefixed by its enclosing clusters, with every character outside
 * {@code [A-Za-z0-9_.]} replaced by a dot. The aliases are recomputed here from the model; a test renders every
 * real view and checks every element got its link, so a change in either library shows up there.
 */
public final class DiagramLinker {

    private static final Pattern GROUP = Pattern.compile("<g class=\"(entity|cluster)\" data-qualified-name=\"([^\"]*)\"[^>]*>");
    private static final Pattern ROOT = Pattern.compile("<svg [^>]*>");
    private static final String BOUNDARY_SUFFIX = "_boundary";

    /** Where an element links, and what a screen reader says for the link. */
    public record Target(String href, String label) {
    }

    /** The SVG of {@code view} with every element it shows linked through {@code targets}. */
    public String link(String svg, ModelView view, Function<Element, Target> targets) {
        Map<String, Target> byQualifiedAlias = new HashMap<>();
        for (ElementView elementView : view.getElements()) {
            Element element = elementView.getElement();
            byQualifiedAlias.put(mangle(alias(element)), targets.apply(element));
            for (Element parent = element.getParent(); parent != null; parent = parent.getParent()) {
                byQualifiedAlias.putIfAbsent(mangle(alias(parent)) + BOUNDARY_SUFFIX, targets.apply(parent));
            }
        }
        StringBuilder out = new StringBuilder(svg.length() + 4096);
        Matcher matcher = GROUP.matcher(svg);
        int copied = 0;
        while (matcher.find(copied)) {
            int start = matcher.start();
            int end = endOfGroup(svg, matcher.end());
            Target target = bestMatch(matcher.group(2), byQualifiedAlias);
            out.append(svg, copied, start);
            if (target == null) {
                out.append(svg, start, end);
            } else {
                out.append("<a href=\"").append(xml(target.href())).append("\" class=\"elemento\" aria-label=\"")
                        .append(xml(target.label())).append("\">").append(svg, start, end).append("</a>");
            }
            copied = end;
        }
        out.append(svg, copied, svg.length());
        return responsive(out.toString());
    }

    /** How many element links {@link #link} produced: one per element group it recognised. */
    public static int countLinks(String linkedSvg) {
        return linkedSvg.split("<a href=\"", -1).length - 1;
    }

    /** The alias the C4-PlantUML exporter gives an element (AbstractPlantUMLExporter.idOf). */
    static String alias(Element element) {
        String own = element instanceof StaticStructureElementInstance instance
                ? filter(instance.getName()) + "_" + instance.getInstanceId()
                : filter(element.getName());
        Element parent = element.getParent();
        if (parent == null) {
            return element instanceof DeploymentNode node ? filter(node.getEnvironment()) + "." + own : own;
        }
        return alias(parent) + "." + own;
    }

    private static String filter(String name) {
        return name.replaceAll("(?U)\\W", "");
    }

    /** PlantUML's SVG form of a qualified name: characters outside {@code [A-Za-z0-9_.]} become dots. */
    static String mangle(String alias) {
        return alias.replaceAll("[^A-Za-z0-9_.]", ".");
    }

    /** The longest known alias that the qualified name ends with (enclosing clusters come first in it). */
    private static Target bestMatch(String qualifiedName, Map<String, Target> byQualifiedAlias) {
        Target best = null;
        int bestLength = -1;
        for (Map.Entry<String, Target> entry : byQualifiedAlias.entrySet()) {
            String alias = entry.getKey();
            boolean matches = qualifiedName.equals(alias) || qualifiedName.endsWith("." + alias);
            if (matches && alias.length() > bestLength) {
                best = entry.getValue();
                bestLength = alias.length();
            }
        }
        return best;
    }

    /** The index just after the {@code </g>} that closes the group whose start tag ends at {@code from}. */
    private static int endOfGroup(String svg, int from) {
        int depth = 1;
        int index = from;
        while (depth > 0) {
            int open = svg.indexOf("<g", index);
            int close = svg.indexOf("</g>", index);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced <g> in PlantUML SVG at offset " + from);
            }
            if (open >= 0 && open < close && (svg.charAt(open + 2) == ' ' || svg.charAt(open + 2) == '>')) {
                depth++;
                index = open + 2;
            } else {
                depth--;
                index = close + 4;
            }
        }
        return index;
    }

    /**
     * PlantUML fixes the drawing's size in pixels; the page lets it fill its frame instead (the view box keeps the
     * proportions) so zoom and pan can work on it. PlantUML's processing instructions (its version, its encoded
     * source) mean nothing inside HTML and are dropped; the downloadable files keep them.
     */
    static String responsive(String svg) {
        String withoutInstruction = svg.replaceAll("<\\?plantuml[^?]*\\?>", "");
        Matcher root = ROOT.matcher(withoutInstruction);
        if (!root.find()) {
            throw new IllegalArgumentException("no <svg> root in PlantUML output");
        }
        String tag = root.group()
                .replaceFirst(" style=\"width:[0-9.]+px;height:[0-9.]+px;", " style=\"")
                .replaceFirst(" width=\"[0-9.]+px\"", " width=\"100%\"")
                .replaceFirst(" height=\"[0-9.]+px\"", " height=\"100%\"")
                .replaceFirst(" preserveAspectRatio=\"none\"", " preserveAspectRatio=\"xMidYMid meet\"")
                .replaceFirst(" zoomAndPan=\"magnify\"", "");
        return withoutInstruction.substring(0, root.start()) + tag + withoutInstruction.substring(root.end());
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static List<String> qualifiedNames(String svg) {
        Matcher matcher = GROUP.matcher(svg);
        List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(2));
        }
        return names;
    }
}
