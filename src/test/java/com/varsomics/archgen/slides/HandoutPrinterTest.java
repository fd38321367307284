package com.varsomics.archgen.slides;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HandoutPrinterTest {

    /** Two prints of the same deck a second apart must give the same bytes, with every byte offset where it was. */
    @Test
    void withFixedDates_ReplacesChromiumsPrintTime_KeepingTheFileLength() {
        String first = "%PDF-1.4\n1 0 obj\n<</Creator (Chromium)\n/CreationDate (D:20261207200823+00'00')\n"
                + "/ModDate (D:20261207200823+00'00')>>\nendobj\nxref\n0 2\ntrailer\n%%EOF";
        String second = first.replace("20261207200823", "20261207211501");

        byte[] fixedFirst = HandoutPrinter.withFixedDates(first.getBytes(StandardCharsets.ISO_8859_1));
        byte[] fixedSecond = HandoutPrinter.withFixedDates(second.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(fixedFirst).isEqualTo(fixedSecond).hasSize(first.length());
        assertThat(new String(fixedFirst, StandardCharsets.ISO_8859_1))
                .contains("/CreationDate (D:20000101000000+00'00')", "/ModDate (D:20000101000000+00'00')")
                .doesNotContain("20261207");
    }

    @Test
    void withFixedDates_LeavesBinaryStreamsAlone() {
        byte[] binary = {(byte) 0x89, 0x00, (byte) 0xFF, 'D', ':', (byte) 0xE9};
        assertThat(HandoutPrinter.withFixedDates(binary)).isEqualTo(binary);
    }
}
