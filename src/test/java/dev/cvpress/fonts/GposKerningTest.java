package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GPOS reader on a table written here by hand, with what the bundled fonts do not show: a
 * format 2 subtable hiding a later one, value records with more fields than XAdvance, an
 * Extension lookup, lookups adding up and a feature other than {@code kern} left out.
 */
class GposKerningTest {
    private static final int A = 1;
    private static final int V = 2;
    private static final int T = 3;
    private static final int O = 4;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"latn", "DFLT"})
    void readsTheKernFeatureOfTheLatinOrDefaultScript(String script) throws IOException {
        Kerning kerning = GposKerning.read(new TableBytes(gpos(script)));
        // Class value -15 from the first lookup (its glyph-pair -50 is hidden) plus -20 from the Extension one.
        assertEquals(-35, kerning.kerning(A, V));
        // A is covered by the class subtable, where O falls in class 0: its glyph pair (-7) never applies.
        assertEquals(0, kerning.kerning(A, O));
        // Past XPlacement, XAdvance and a device offset, then the second glyph's YAdvance.
        assertEquals(-70, kerning.kerning(T, O));
        assertEquals(-30, kerning.kerning(T, A));
        assertEquals(-40, kerning.kerning(V, A));
        assertEquals(0, kerning.kerning(O, T));
        assertEquals(0, kerning.kerning(60000, A));
    }

    @Test
    void otherScriptsAloneGiveNoKerning() throws IOException {
        assertNull(GposKerning.read(new TableBytes(gpos("grek"))));
    }

    @Test
    void truncatedTableIsReported() {
        byte[] table = gpos("latn");
        TableBytes cut = new TableBytes(Arrays.copyOf(table, table.length / 2));
        assertThrows(IOException.class, () -> GposKerning.read(cut));
    }

    /** One script whose default LangSys has features kern (lookups 1 and 0, out of order) and mark (lookup 2). */
    private static byte[] gpos(String script) {
        Out o = new Out();
        o.u16(1, 0);
        int scriptList = o.offset16();
        int featureList = o.offset16();
        int lookupList = o.offset16();
        int scripts = o.point(scriptList, 0);
        o.u16(1);
        o.tag(script);
        o.point(o.offset16(), scripts);
        o.u16(4, 0, 0, 0xFFFF, 2, 0, 1); // Script with its default LangSys just after, which has features 0 and 1.
        int features = o.point(featureList, 0);
        o.u16(2);
        o.tag("kern");
        int kern = o.offset16();
        o.tag("mark");
        int mark = o.offset16();
        o.point(kern, features);
        o.u16(0, 2, 1, 0);
        o.point(mark, features);
        o.u16(0, 1, 2);
        o.point(lookupList, 0);
        lookups(o);
        return o.bytes();
    }

    /**
     * Lookup 0: a class subtable, then a glyph-pair one with wide value records; lookup 1: an
     * Extension to glyph pairs; lookup 2 (only in mark): a pair that must not count.
     */
    private static void lookups(Out o) {
        int lookups = o.here();
        o.u16(3);
        int[] lookup = {o.offset16(), o.offset16(), o.offset16()};
        int first = o.point(lookup[0], lookups);
        o.u16(2, 0, 2);
        int classes = o.offset16();
        int glyphs = o.offset16();
        o.point(classes, first);
        classPairs(o);
        o.point(glyphs, first);
        glyphPairs(o, 0x0015, 0x0008, new TreeMap<>(Map.of(
                A, new int[][] {{V, 0, -50, 0, 0}, {O, 0, -7, 0, 0}},
                T, new int[][] {{A, 5, -30, 0, 9}, {O, 11, -70, 0, 3}})));
        int second = o.point(lookup[1], lookups);
        o.u16(9, 0, 1);
        int extension = o.point(o.offset16(), second);
        o.u16(1, 2);
        o.point32(o.offset32(), extension);
        glyphPairs(o, 0x0004, 0, new TreeMap<>(Map.of(A, new int[][] {{V, -20}}, V, new int[][] {{A, -40}})));
        int third = o.point(lookup[2], lookups);
        o.u16(2, 0, 1);
        o.point(o.offset16(), third);
        glyphPairs(o, 0x0004, 0, new TreeMap<>(Map.of(A, new int[][] {{V, -1000}})));
    }

    /** PairPos format 2: A alone in first class 1, V alone in second class 1, kerned -15. */
    private static void classPairs(Out o) {
        int start = o.here();
        o.u16(2);
        int coverage = o.offset16();
        o.u16(0x0004, 0);
        int firstClasses = o.offset16();
        int secondClasses = o.offset16();
        o.u16(2, 2, 0, 0, 0, -15);
        o.point(coverage, start);
        o.u16(2, 1, A, A, 0); // Coverage format 2: the range A..A.
        o.point(firstClasses, start);
        o.u16(1, A, 1, 1); // ClassDef format 1: A is class 1.
        o.point(secondClasses, start);
        o.u16(2, 1, V, V, 1); // ClassDef format 2: the range V..V is class 1.
    }

    /** PairPos format 1; each record is the second glyph and then the raw value record fields. */
    private static void glyphPairs(Out o, int valueFormat1, int valueFormat2, SortedMap<Integer, int[][]> sets) {
        int start = o.here();
        o.u16(1);
        int coverage = o.offset16();
        o.u16(valueFormat1, valueFormat2, sets.size());
        int[] offsets = new int[sets.size()];
        Arrays.setAll(offsets, k -> o.offset16());
        int i = 0;
        for (int[][] set : sets.values()) {
            o.point(offsets[i++], start);
            o.u16(set.length);
            Arrays.stream(set).forEach(o::u16);
        }
        o.point(coverage, start);
        o.u16(1, sets.size());
        sets.keySet().forEach(o::u16);
    }

    /** Big-endian writer whose offsets are reserved first and pointed at their target once it is written. */
    private static final class Out {
        private final ByteBuffer buffer = ByteBuffer.allocate(1024);

        int here() {
            return buffer.position();
        }

        void u16(int... values) {
            for (int value : values) {
                buffer.putShort((short) value);
            }
        }

        void tag(String tag) {
            buffer.put(tag.getBytes(StandardCharsets.US_ASCII));
        }

        int offset16() {
            u16(0);
            return here() - 2;
        }

        int offset32() {
            buffer.putInt(0);
            return here() - 4;
        }

        /** Points the offset at {@code at}, counted from {@code base}, here; returns here. */
        int point(int at, int base) {
            buffer.putShort(at, (short) (here() - base));
            return here();
        }

        void point32(int at, int base) {
            buffer.putInt(at, here() - base);
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer.array(), here());
        }
    }
}
