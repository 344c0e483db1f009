package dev.cvpress.fonts;

import java.io.IOException;
import java.util.Arrays;

/**
 * PairPos format 1: for each covered first glyph, a sorted list of second glyphs with their values.
 * All pair sets share two flat arrays, {@code firsts} marking where each begins.
 */
final class GlyphPairs implements PairSubtable {
    private final GlyphRanges coverage;
    private final int[] firsts;
    private final char[] seconds;
    private final short[] values;

    private GlyphPairs(GlyphRanges coverage, int[] firsts, char[] seconds, short[] values) {
        this.coverage = coverage;
        this.firsts = firsts;
        this.seconds = seconds;
        this.values = values;
    }

    static GlyphPairs read(TableBytes t, int offset) throws IOException {
        GlyphRanges coverage = GlyphRanges.coverage(t, offset + t.uint16(offset + 2));
        int format1 = t.uint16(offset + 4);
        int recordSize = 2 + PairSubtable.recordSize(format1) + PairSubtable.recordSize(t.uint16(offset + 6));
        int setCount = t.uint16(offset + 8);
        int[] firsts = new int[setCount + 1];
        for (int i = 0; i < setCount; i++) {
            int set = offset + t.uint16(offset + 10 + 2 * i);
            t.require(set + 2, (long) t.uint16(set) * recordSize);
            firsts[i + 1] = firsts[i] + t.uint16(set);
        }
        char[] seconds = new char[firsts[setCount]];
        short[] values = new short[firsts[setCount]];
        for (int i = 0; i < setCount; i++) {
            int set = offset + t.uint16(offset + 10 + 2 * i);
            for (int k = firsts[i], p = set + 2; k < firsts[i + 1]; k++, p += recordSize) {
                seconds[k] = (char) t.uint16(p);
                values[k] = (short) PairSubtable.xAdvance(t, p + 2, format1);
            }
            if (!sorted(seconds, firsts[i], firsts[i + 1])) {
                throw new IOException("PairSet second glyphs out of order");
            }
        }
        return new GlyphPairs(coverage, firsts, seconds, values);
    }

    @Override
    public int kerning(int left, int right) {
        int set = coverage.get(left);
        if (set < 0 || set + 1 >= firsts.length || right > Character.MAX_VALUE) {
            return NO_MATCH;
        }
        int k = Arrays.binarySearch(seconds, firsts[set], firsts[set + 1], (char) right);
        return k < 0 ? NO_MATCH : values[k];
    }

    private static boolean sorted(char[] glyphs, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (glyphs[k] <= glyphs[k - 1]) {
                return false;
            }
        }
        return true;
    }
}
