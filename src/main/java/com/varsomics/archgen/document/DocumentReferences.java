package com.varsomics.archgen.document;

import com.varsomics.archgen.check.Finding;
import com.varsomics.archgen.model.SourceLocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the document's prose referred to while it was converted: elements, requirements (with the section
 * that cites them), views, the risks table and the provisioning steps, plus every reference that did not
 * resolve. The checks read this after conversion.
 */
public final class DocumentReferences {

    /** A risk row: the anti-pattern, the elements its "Elemento" cell names, its verification text. */
    public record Risk(String title, List<String> elementIds, String verification, SourceLocation location) {

        /** The role of the risks table ({@code [.riscos]}) and the header of the columns read from it. */
        public static final String TABLE_ROLE = "riscos";
        public static final String ELEMENT_COLUMN = "Elemento";
        public static final String VERIFICATION_COLUMN = "Verificação";
    }

    /**
     * A row of the priorities table ({@code [.prioridades]}): the number of a risk of the full table, its probability
     * and impact (1 to 5), the score the row states, and why it ranks there. Volume 1's top risks are generated from these.
     */
    public record Priority(String number, int probability, int impact, int score, String reason, SourceLocation location) {

        public static final String TABLE_ROLE = "prioridades";
    }

    /** A provisioning step: its title and how many command and verification listings it has. */
    public record Step(String title, int commands, int verifications, SourceLocation location) {
    }

    /** A listing or literal block: where its first content line is, and its lines as written. */
    public record Listing(SourceLocation firstLine, List<String> lines) {
    }

    /**
     * A diagram as the PDF prints it: the view, where the macro is, the page it lands on ("PDF (A4 retrato)") and
     * its smallest text in points at the placed size.
     */
    public record Placement(String viewKey, SourceLocation location, String medium, double smallestTextPoints, String how) {
    }

    static final String UNRESOLVED_KEY = "document.reference.unresolved";
    static final String CROSS_VOLUME_KEY = "document.reference.volume";
    static final String REPEATED_VIEW_KEY = "document.view.repeated";

    private final Map<String, Set<SourceLocation>> elements = new TreeMap<>();
    private final Map<String, Set<String>> requirementSections = new TreeMap<>();
    private final Set<String> views = new TreeSet<>();
    private final Set<String> viewsInVolume = new TreeSet<>();
    private final Map<String, String> riskTitles = new TreeMap<>();
    private final List<Priority> priorities = new ArrayList<>();
    private final Map<String, Finding> crossVolume = new TreeMap<>();
    private final List<Risk> risks = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Listing> listings = new ArrayList<>();
    /** Sorted by how they print, so the report's order does not depend on the converter's threads. */
    private final Map<String, Finding> unresolved = new TreeMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private final List<Finding> repeatedViews = new ArrayList<>();

    synchronized void element(String identifier, SourceLocation location) {
        elements.computeIfAbsent(identifier, key -> new TreeSet<>(java.util.Comparator.comparing(SourceLocation::toString))).add(location);
    }

    synchronized void requirement(String id, String sectionTitle) {
        requirementSections.computeIfAbsent(id, key -> new TreeSet<>()).add(sectionTitle);
    }

    /**
     * @return whether this is the view's first placement in the volume being converted (only that one gets the
     * figure's anchor); each volume may place a view once
     */
    synchronized boolean view(String key) {
        views.add(key);
        return viewsInVolume.add(key);
    }

    /** A volume's conversion begins: its views may be placed again (each volume stands alone on paper). */
    synchronized void startVolume() {
        viewsInVolume.clear();
    }

    /** The AsciiDoc source of a risk's "Risco" cell, by its number. */
    synchronized void riskTitle(String number, String title) {
        riskTitles.put(number, title);
    }

    synchronized void priority(Priority priority) {
        priorities.add(priority);
    }

    synchronized void crossVolume(SourceLocation location, String message, String remedy) {
        Finding finding = new Finding(CROSS_VOLUME_KEY, location.asLocation(), message, remedy);
        crossVolume.put(finding.toString(), finding);
    }

    synchronized void risk(Risk risk) {
        risks.add(risk);
    }

    synchronized void step(Step step) {
        steps.add(step);
    }

    synchronized void listing(Listing listing) {
        listings.add(listing);
    }

    synchronized void placement(Placement placement) {
        placements.add(placement);
    }

    synchronized void repeatedView(SourceLocation location, String message, String remedy) {
        repeatedViews.add(new Finding(REPEATED_VIEW_KEY, location.asLocation(), message, remedy));
    }

    synchronized void unresolved(SourceLocation location, String message, String remedy) {
        Finding finding = new Finding(UNRESOLVED_KEY, location.asLocation(), message, remedy);
        unresolved.put(finding.toString(), finding);
    }

    /** Forgets everything, before the document is converted again (HTML, then PDF). */
    synchronized void clear() {
        elements.clear();
        requirementSections.clear();
        views.clear();
        viewsInVolume.clear();
        riskTitles.clear();
        priorities.clear();
        crossVolume.clear();
        risks.clear();
        steps.clear();
        listings.clear();
        unresolved.clear();
        placements.clear();
        repeatedViews.clear();
    }

    public synchronized Map<String, Set<SourceLocation>> elements() {
        return Collections.unmodifiableMap(elements);
    }

    public synchronized Map<String, Set<String>> requirementSections() {
        return Collections.unmodifiableMap(requirementSections);
    }

    public synchronized Set<String> views() {
        return Collections.unmodifiableSet(views);
    }

    public synchronized List<Risk> risks() {
        return List.copyOf(risks);
    }

    public synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    public synchronized List<Listing> listings() {
        return List.copyOf(listings);
    }

    public synchronized List<Placement> placements() {
        return List.copyOf(placements);
    }

    public synchronized List<Finding> repeatedViews() {
        return List.copyOf(repeatedViews);
    }

    public synchronized Map<String, String> riskTitles() {
        return Collections.unmodifiableMap(riskTitles);
    }

    public synchronized List<Priority> priorities() {
        return List.copyOf(priorities);
    }

    /** References into the other volume that name no anchor of it ({@code volume2:…[]}, {@link VolumeMacro}). */
    public synchronized List<Finding> crossVolume() {
        return List.copyOf(crossVolume.values());
    }

    /** Macros and tables the converter could not resolve (unknown element, view, requirement, page layout). */
    public synchronized List<Finding> unresolved() {
        return List.copyOf(unresolved.values());
    }
}
