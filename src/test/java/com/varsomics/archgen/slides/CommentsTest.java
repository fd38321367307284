package com.varsomics.archgen.slides;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentsTest {

    @Test
    void blankJavaScript_BlanksCommentsAndRegexLiterals_KeepingStringsLengthAndLines() {
        String js = "/*! banner https://a.example.com */\nvar u = \"x//y\", r = /\\/\\/[a-z]/g, t = `//${a}`; // tail https://b.example.com\nvar d = a / b / c;";

        String blanked = Comments.blankJavaScript(js);

        assertThat(blanked).hasSameSizeAs(js);
        assertThat(blanked.lines()).hasSize(3);
        assertThat(blanked).doesNotContain("banner", "b.example.com", "[a-z]")
                .contains("\"x//y\"", "r = ", "`//${a}`", "var d = a / b / c;");
    }

    @Test
    void blankCss_BlanksCommentsOnly() {
        assertThat(Comments.blankCss("/* url(a.png) */ .x { background: url('/*not-a-comment*/b.png') }"))
                .isEqualTo("                 .x { background: url('/*not-a-comment*/b.png') }");
    }
}
