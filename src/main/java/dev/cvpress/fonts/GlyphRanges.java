package dev.cvpress.fonts;

import java.io.IOException;

/**
 * An OpenType Coverage or ClassDef table (either format) as one array indexed by glyph. Kerning
 * asks it twice or thrice per pair of letters, so a lookup is a bounds check and a load; the array
 * spans only the glyphs the table lists, at two bytes a glyph (a Latin face's tables span a few
 * thousand glyphs; no table can span more than 65,536).
 */
final class GlyphRanges {
    private final int first;
    /** Each glyph's value minus {@link #absent}, so the array's zero fill means "not listed". */
    private final char[] shifted;
    private final int absent;

    private GlyphRanges(Runs runs, int absent) throws IOException {
        this.absent = absent;
        this.first = runs.size == 0 ? 0 : runs.starts[0];
        this.shifted = new char[runs.size == 0 ? 0 : runs.ends[runs.size - 1] - first + 1];
        for (int r = 0; r < runs.size; r++) {
            for (int glyph = runs.starts[r]; glyph <= runs.ends[r]; glyph++) {
                int value = (runs.counting ? runs.values[r] + glyph - runs.starts[r] : runs.values[r]) - absent;
                if (value > Character.MAX_VALUE) {
                    throw new IOException("coverage index " + (value + absent) + " of glyph " + glyph + " is out of range");
                }
                shifted[glyph - first] = (char) value;
            }
        }
    }

    /** A Coverage table: {@link #get} gives a glyph's coverage index, or -1 when it is not covered. */
    static GlyphRanges coverage(TableBytes t, int offset) throws IOException {
        int format = t.uint16(offset);
        if (format != 1 && format != 2) {
            throw new IOException("unknown Coverage format " + format);
        }
        int count = t.uint16(offset + 2);
        Runs runs = new Runs(count, true);
        for (int i = 0, p = offset + 4; i < count; i++) {
            if (format == 1) {
                runs.add(t.uint16(p + 2 * i), t.uint16(p + 2 * i), i);
            } else {
                runs.add(t.uint16(p + 6 * i), t.uint16(p + 6 * i + 2), t.uint16(p + 6 * i + 4));
            }
        }
        return new GlyphRanges(runs, -1);
    }

    /** A ClassDef table: {@link #get} gives a glyph's class, 0 for glyphs it does not list. */
    static GlyphRanges classDef(TableBytes t, int offset) throws IOException {
        int format = t.uint16(offset);
        Runs runs;
        if (format == 1) {
            int start = t.uint16(offset + 2);
            int count = t.uint16(offset + 4);
            runs = new Runs(count, false);
            for (int i = 0; i < count; i++) {
                runs.add(start + i, start + i, t.uint16(offset + 6 + 2 * i));
            }
        } else if (format == 2) {
            int count = t.uint16(offset + 2);
            runs = new Runs(count, false);
            for (int i = 0, p = offset + 4; i < count; i++) {
                runs.add(t.uint16(p + 6 * i), t.uint16(p + 6 * i + 2), t.uint16(p + 6 * i + 4));
            }
        } else {
            throw new IOException("unknown ClassDef format " + format);
        }
        return new GlyphRanges(runs, 0);
    }

    int get(int glyph) {
        int i = glyph - first;
        return i >= 0 && i < shifted.length ? shifted[i] + absent : absent;
    }

    /**
     * The table's runs of consecutive glyphs, as read. Coverage numbers the glyphs of a run one
     * after another; a ClassDef gives them all one class.
     */
    private static final class Runs {
        final int[] starts;
        final int[] ends;
        final int[] values;
        final boolean counting;
        int size;

        Runs(int capacity, boolean counting) {
            starts = new int[capacity];
            ends = new int[capacity];
            values = new int[capacity];
            this.counting = counting;
        }

        void add(int start, int end, int value) throws IOException {
            if (end < start || size > 0 && start <= ends[size - 1] || end > Character.MAX_VALUE) {
                // The specification promises sorted, disjoint runs; overlapping ones would be ambiguous.
                throw new IOException("glyph ranges out of order at glyph " + start);
            }
            starts[size] = start;
            ends[size] = end;
            values[size] = value;
            size++;
        }
    }
}
