package com.varsomics.archgen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalUrlsTest {

    @Test
    void firstIn_IgnoresNamespacesInlineImagesAndRelativeLinks() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo//8/+ab\"/><a href=\"../elements/api.html\">API</a></svg>";

        assertThat(ExternalUrls.firstIn(svg)).isEmpty();
    }

    @Test
    void firstIn_FindsAbsoluteAndProtocolRelativeUrls() {
        assertThat(ExternalUrls.firstIn("<image xlink:href=\"https://icons.example.com/s3.png\"/>")).hasValue("https://icons.example.com/s3.png");
        assertThat(ExternalUrls.firstIn("<link href=\"//fonts.googleapis.com/css\">")).hasValue("//fonts.googleapis.com/css");
        assertThat(ExternalUrls.firstIn("!include https://raw.githubusercontent.com/x/C4.puml")).hasValue("https://raw.githubusercontent.com/x/C4.puml");
    }
}
