package com.varsomics.archgen.diagrams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The visible text of a PlantUML SVG, which spreads a label over one {@code <text>} element per word. */
public final class SvgText {

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private SvgText() {
    }

    public static String of(String svg) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = TEXT.matcher(svg);
        while (matcher.find()) {
            text.append(matcher.group(1));
        }
        return text.toString()
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replace('\u00a0', ' ');
    }
}
