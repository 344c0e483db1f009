package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Coverage and ClassDef tables in both formats; each table is written two bytes into its buffer. */
class GlyphRangesTest {
    private static final int[] GLYPHS = IntStream.rangeClosed(0, 40).toArray();

    @Test
    void coverageListNumbersItsGlyphs() throws IOException {
        GlyphRanges coverage = GlyphRanges.coverage(table(1, 5, 3, 4, 5, 9, 10), 2);
        assertArrayEquals(expect(-1, 3, 0, 4, 1, 5, 2, 9, 3, 10, 4), lookUp(coverage));
    }

    @Test
    void coverageRangesCountOnFromTheirStartIndex() throws IOException {
        GlyphRanges coverage = GlyphRanges.coverage(table(2, 2, 10, 20, 0, 30, 31, 11), 2);
        int[] expected = expect(-1, 30, 11, 31, 12);
        IntStream.rangeClosed(10, 20).forEach(g -> expected[g] = g - 10);
        assertArrayEquals(expected, lookUp(coverage));
    }

    @Test
    void classArrayGivesUnlistedGlyphsClassZero() throws IOException {
        GlyphRanges classes = GlyphRanges.classDef(table(1, 5, 4, 1, 1, 0, 2), 2);
        assertArrayEquals(expect(0, 5, 1, 6, 1, 8, 2), lookUp(classes));
    }

    @Test
    void classRangesGiveOneClassToEachGlyph() throws IOException {
        GlyphRanges classes = GlyphRanges.classDef(table(2, 2, 10, 12, 3, 13, 13, 1), 2);
        assertArrayEquals(expect(0, 10, 3, 11, 3, 12, 3, 13, 1), lookUp(classes));
    }

    @Test
    void unsortedOrUnknownTablesAreRefused() {
        assertThrows(IOException.class, () -> GlyphRanges.coverage(table(1, 2, 5, 3), 2));
        assertThrows(IOException.class, () -> GlyphRanges.classDef(table(2, 2, 10, 20, 1, 15, 30, 2), 2));
        assertThrows(IOException.class, () -> GlyphRanges.coverage(table(3, 0), 2));
    }

    /** The fields, after two bytes that are not the table's. */
    private static TableBytes table(int... fields) {
        ByteBuffer bytes = ByteBuffer.allocate(2 + 2 * fields.length).putShort((short) 0xFFFF);
        IntStream.of(fields).forEach(f -> bytes.putShort((short) f));
        return new TableBytes(bytes.array());
    }

    private static int[] lookUp(GlyphRanges ranges) {
        return IntStream.of(GLYPHS).map(ranges::get).toArray();
    }

    /** What every glyph of {@link #GLYPHS} maps to: {@code absent}, except the given glyph-value pairs. */
    private static int[] expect(int absent, int... glyphValues) {
        int[] expected = IntStream.of(GLYPHS).map(g -> absent).toArray();
        for (int i = 0; i < glyphValues.length; i += 2) {
            expected[glyphValues[i]] = glyphValues[i + 1];
        }
        return expected;
    }
}
