package dev.cvpress.fonts;

import java.io.IOException;
import java.util.Arrays;

/**
 * An OpenType Coverage or ClassDef table (either format) as sorted glyph ranges. Both formats of
 * both tables reduce to runs of consecutive glyphs, so one binary search answers every lookup and a
 * face with tens of thousands of glyphs costs only as much as its runs.
 */
final class GlyphRanges {
    private final int[] starts;
    private final int[] ends;
    private final int[] values;
    /** Coverage numbers the glyphs of a run one after another; a ClassDef gives them all one class. */
    private final boolean counting;
    private final int absent;

    private GlyphRanges(Runs runs, boolean counting, int absent) {
        this.starts = Arrays.copyOf(runs.starts, runs.size);
        this.ends = Arrays.copyOf(runs.ends, runs.size);
        this.values = Arrays.copyOf(runs.values, runs.size);
        this.counting = counting;
        this.absent = absent;
    }

    /** A Coverage table: {@link #get} gives a glyph's coverage index, or -1 when it is not covered. */
    static GlyphRanges coverage(TableBytes t, int offset) throws IOException {
        int format = t.uint16(offset);
        if (format != 1 && format != 2) {
            throw new IOException("unknown Coverage format " + format);
        }
        int count = t.uint16(offset + 2);
        Runs runs = new Runs(count);
        for (int i = 0, p = offset + 4; i < count; i++) {
            if (format == 1) {
                runs.add(t.uint16(p + 2 * i), t.uint16(p + 2 * i), i, true);
            } else {
                runs.add(t.uint16(p + 6 * i), t.uint16(p + 6 * i + 2), t.uint16(p + 6 * i + 4), true);
            }
        }
        return new GlyphRanges(runs, true, -1);
    }

    /** A ClassDef table: {@link #get} gives a glyph's class, 0 for glyphs it does not list. */
    static GlyphRanges classDef(TableBytes t, int offset) throws IOException {
        int format = t.uint16(offset);
        Runs runs;
        if (format == 1) {
            int first = t.uint16(offset + 2);
            int count = t.uint16(offset + 4);
            runs = new Runs(count);
            for (int i = 0; i < count; i++) {
                runs.add(first + i, first + i, t.uint16(offset + 6 + 2 * i), false);
            }
        } else if (format == 2) {
            int count = t.uint16(offset + 2);
            runs = new Runs(count);
            for (int i = 0, p = offset + 4; i < count; i++) {
                runs.add(t.uint16(p + 6 * i), t.uint16(p + 6 * i + 2), t.uint16(p + 6 * i + 4), false);
            }
        } else {
            throw new IOException("unknown ClassDef format " + format);
        }
        return new GlyphRanges(runs, false, 0);
    }

    int get(int glyph) {
        int i = Arrays.binarySearch(starts, glyph);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0 || glyph > ends[i]) {
            return absent;
        }
        return counting ? values[i] + glyph - starts[i] : values[i];
    }

    /** Growing run arrays; merges a run into the previous one when it simply continues it. */
    private static final class Runs {
        int[] starts;
        int[] ends;
        int[] values;
        int size;

        Runs(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            values = new int[capacity];
        }

        void add(int start, int end, int value, boolean counting) throws IOException {
            if (end < start || size > 0 && start <= ends[size - 1]) {
                // Lookups binary-search the runs, which the specification promises are sorted and apart.
                throw new IOException("glyph ranges out of order at glyph " + start);
            }
            if (size > 0 && start == ends[size - 1] + 1 && value == continued(counting)) {
                ends[size - 1] = end;
                return;
            }
            starts[size] = start;
            ends[size] = end;
            values[size] = value;
            size++;
        }

        private int continued(boolean counting) {
            int last = size - 1;
            return counting ? values[last] + ends[last] - starts[last] + 1 : values[last];
        }
    }
}
