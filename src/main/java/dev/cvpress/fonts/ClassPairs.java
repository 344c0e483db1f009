package dev.cvpress.fonts;

import java.io.IOException;

/**
 * PairPos format 2: glyphs are sorted into classes for the first and the second position, and a
 * matrix holds one value per pair of classes.
 */
final class ClassPairs implements PairSubtable {
    private final GlyphRanges coverage;
    private final GlyphRanges firstClasses;
    private final GlyphRanges secondClasses;
    private final int firstCount;
    private final int secondCount;
    private final short[] values;

    private ClassPairs(GlyphRanges coverage, GlyphRanges firstClasses, GlyphRanges secondClasses,
            int firstCount, int secondCount, short[] values) {
        this.coverage = coverage;
        this.firstClasses = firstClasses;
        this.secondClasses = secondClasses;
        this.firstCount = firstCount;
        this.secondCount = secondCount;
        this.values = values;
    }

    static ClassPairs read(TableBytes t, int offset) throws IOException {
        GlyphRanges coverage = GlyphRanges.coverage(t, offset + t.uint16(offset + 2));
        int format1 = t.uint16(offset + 4);
        int size1 = PairSubtable.recordSize(format1);
        int recordSize = size1 + PairSubtable.recordSize(t.uint16(offset + 6));
        GlyphRanges firstClasses = GlyphRanges.classDef(t, offset + t.uint16(offset + 8));
        GlyphRanges secondClasses = GlyphRanges.classDef(t, offset + t.uint16(offset + 10));
        int firstCount = t.uint16(offset + 12);
        int secondCount = t.uint16(offset + 14);
        t.require(offset + 16, (long) firstCount * secondCount * recordSize);
        short[] values = new short[firstCount * secondCount];
        for (int i = 0, p = offset + 16; i < values.length; i++, p += recordSize) {
            values[i] = (short) PairSubtable.xAdvance(t, p, format1);
        }
        return new ClassPairs(coverage, firstClasses, secondClasses, firstCount, secondCount, values);
    }

    /**
     * A covered first glyph matches whatever follows (class 0 being "all other glyphs"), so later
     * subtables of the lookup never see it: this is how OpenType (and HarfBuzz) apply format 2.
     */
    @Override
    public int kerning(int left, int right) {
        if (coverage.get(left) < 0) {
            return NO_MATCH;
        }
        int first = firstClasses.get(left);
        int second = secondClasses.get(right);
        if (first >= firstCount || second >= secondCount) {
            return NO_MATCH;
        }
        return values[first * secondCount + second];
    }
}
