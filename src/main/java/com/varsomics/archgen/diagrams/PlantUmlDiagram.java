package com.varsomics.archgen.diagrams;

/**
 * The PlantUML source of one view.
 *
 * @param key   the view key, which is also the output file name
 * @param title the view title
 * @param source PlantUML text, ready to render offline
 */
public record PlantUmlDiagram(String key, String title, String source) {
}
