package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.fontbox.ttf.KerningSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The fallback to an old {@code kern} table, on Source Serif 4 with its GPOS table swapped for a kern
 * table written here (no bundled face has one). FontBox's own kern reader is the oracle.
 */
class LegacyKerningTest {
    private static final String PAIRS = "AVTo.,";

    @Test
    void faceWithoutGposKernsFromItsKernTable() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("fonts/SourceSerif4/SourceSerif4-Regular.ttf"));
        FontFace plain = new FontFace("plain", false, false, original);
        int a = plain.glyphId('A');
        int v = plain.glyphId('V');
        int t = plain.glyphId('T');
        int o = plain.glyphId('o');
        // Pairs sorted by (left, right), as the format asks; the minimum subtable must be ignored.
        int[][] pairs = Arrays.stream(new int[][] {{a, v, -100}, {v, a, 20}, {t, o, -80}})
                .sorted(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1])).toArray(int[][]::new);
        byte[] font = replaceGpos(original, kernTable(pairs, new int[][] {{a, v, -999}}));

        FontFace face = new FontFace("legacy", false, false, font);
        assertEquals(-100, face.kerning('A', 'V', 1000), 1e-9);
        assertEquals(20, face.kerning('V', 'A', 1000), 1e-9);
        assertEquals(-80, face.kerning('T', 'o', 1000), 1e-9);
        assertEquals(0, face.kerning('o', 'T', 1000), 1e-9);
        assertEquals(face.width("A", 10) + face.width("V", 10) - 1, face.width("AV", 10), 1e-9);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            KerningSubtable fontbox = ttf.getKerning().getHorizontalKerningSubtable();
            Kerning ours = Kerning.of(ttf);
            PAIRS.codePoints().map(face::glyphId).forEach(left -> PAIRS.codePoints().map(face::glyphId).forEach(right ->
                    assertEquals(fontbox.getKerning(left, right), ours.kerning(left, right), left + "," + right)));
        }
    }

    /** A Windows kern table: one horizontal subtable of {@code pairs}, one minimum subtable of {@code minimums}. */
    private static byte[] kernTable(int[][] pairs, int[][] minimums) {
        ByteBuffer kern = ByteBuffer.allocate(4 + 2 * 14 + 6 * (pairs.length + minimums.length));
        kern.putShort((short) 0).putShort((short) 2);
        subtable(kern, 0x0001, pairs);
        subtable(kern, 0x0003, minimums);
        return kern.array();
    }

    private static void subtable(ByteBuffer kern, int coverage, int[][] pairs) {
        int power = Integer.highestOneBit(pairs.length);
        kern.putShort((short) 0).putShort((short) (14 + 6 * pairs.length)).putShort((short) coverage);
        kern.putShort((short) pairs.length).putShort((short) (6 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (6 * (pairs.length - power)));
        for (int[] pair : pairs) {
            kern.putShort((short) pair[0]).putShort((short) pair[1]).putShort((short) pair[2]);
        }
    }

    /** The font with its GPOS table directory entry taken over by {@code kern}, appended at the end. */
    private static byte[] replaceGpos(byte[] font, byte[] kern) {
        int end = (font.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(end + kern.length).put(font);
        out.position(end);
        out.put(kern);
        int tables = out.getShort(4);
        byte[][] records = new byte[tables][16];
        for (int i = 0; i < tables; i++) {
            out.get(12 + 16 * i, records[i]);
            if (new String(records[i], 0, 4, StandardCharsets.US_ASCII).equals("GPOS")) {
                ByteBuffer.wrap(records[i]).put("kern".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(end)
                        .putInt(kern.length);
            }
        }
        // Readers may binary-search the directory, which is sorted by tag.
        Arrays.sort(records, Comparator.comparing(r -> new String(r, 0, 4, StandardCharsets.US_ASCII)));
        for (int i = 0; i < tables; i++) {
            out.put(12 + 16 * i, records[i]);
        }
        return out.array();
    }
}
