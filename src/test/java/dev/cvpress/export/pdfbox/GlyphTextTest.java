package dev.cvpress.export.pdfbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GlyphTextTest {
    @Test
    void numbersAreWrittenAsPdfReadsThemToThreeDecimals() {
        assertEquals("11", number(11f));
        assertEquals("10.5", number(10.5f));
        assertEquals("26.4", number(26.4f));
        assertEquals("-12.346", number(-12.3456f));
        assertEquals("0.05", number(0.05f));
        assertEquals("-0.007", number(-0.007f));
        assertEquals("0", number(0.0001f));
        assertEquals("1000000", number(1e6f));
    }

    private static String number(float value) {
        return GlyphText.number(new StringBuilder(), value).toString();
    }
}
