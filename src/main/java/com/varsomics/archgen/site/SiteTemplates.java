package com.varsomics.archgen.site;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The jte templates of {@code src/main/jte}, compiled to Java by jte-maven-plugin at build time. The engine runs in
 * HTML mode: every {@code ${…}} is escaped for where it stands (text or attribute), so model text such as a
 * {@code <script>} in a description is shown, never run. Only {@code $unsafe{…}} (the PlantUML SVG and the
 * CommonMark output, both escaped by their producers) is written as is.
 */
final class SiteTemplates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Object page) {
        StringOutput output = new StringOutput();
        engine.render(template, page, output);
        return output.toString();
    }
}
