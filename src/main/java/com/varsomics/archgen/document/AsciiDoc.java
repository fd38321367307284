package com.varsomics.archgen.document;

/** Escaping for model text placed into generated AsciiDoc, so a description can never break a table or inject markup. */
final class AsciiDoc {

    private AsciiDoc() {
    }

    /**
     * Text for a table cell or paragraph: the cell separator and attribute references are neutralised;
     * HTML special characters are left to Asciidoctor, which escapes them on output.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("{", "\\{")
                .replace("|", "{vbar}")
                .replace("\n", " ")
                .strip();
    }

    /** A cross reference. */
    static String xref(String anchor, String text) {
        return "<<" + anchor + "," + text(text).replace(",", "&#44;").replace(">>", "&gt;&gt;") + ">>";
    }
}
