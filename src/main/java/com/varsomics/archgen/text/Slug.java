package com.varsomics.archgen.text;

import java.text.Normalizer;
import java.util.Locale;

/** Anchors and file names made from titles: the document's ADR section anchors and the site's group ids use the same. */
public final class Slug {

    private Slug() {
    }

    /** {@code "Implantação: Produção"} → {@code "implantacao-producao"}: accents dropped, lower case, runs of anything else a hyphen. */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
