package dev.cvpress.fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kerning from the old {@code kern} table, in its Windows form (version 0): the format 0 subtables
 * that kern horizontally. Values of several subtables add up unless one says it overrides. Apple's
 * version 1 tables belong with AAT fonts, which cvpress does not bundle, and are ignored.
 */
final class LegacyKerning implements Kerning {
    private static final int HORIZONTAL = 0x1;
    private static final int MINIMUM = 0x2;
    private static final int CROSS_STREAM = 0x4;
    private static final int OVERRIDE = 0x8;

    private final List<Pairs> subtables;

    private LegacyKerning(List<Pairs> subtables) {
        this.subtables = List.copyOf(subtables);
    }

    /** The kerning of the {@code kern} table {@code t}, or null when it has no horizontal pairs. */
    static Kerning read(TableBytes t) throws IOException {
        try {
            if (t.uint16(0) != 0) {
                return null;
            }
            List<Pairs> subtables = new ArrayList<>();
            for (int i = 0, count = t.uint16(2), p = 4; i < count; i++) {
                int coverage = t.uint16(p + 4);
                int format = coverage >>> 8;
                boolean kerns = (coverage & (HORIZONTAL | MINIMUM | CROSS_STREAM)) == HORIZONTAL;
                if (format == 0 && kerns) {
                    subtables.add(Pairs.read(t, p + 6, (coverage & OVERRIDE) != 0));
                }
                // A large format 0 subtable overflows its 16-bit length, so its size is counted instead.
                p += format == 0 ? 14 + 6 * t.uint16(p + 6) : t.uint16(p + 2);
            }
            return subtables.isEmpty() ? null : new LegacyKerning(subtables);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("kern table is truncated or malformed", e);
        }
    }

    @Override
    public int kerning(int left, int right) {
        int total = 0;
        for (Pairs pairs : subtables) {
            int i = Arrays.binarySearch(pairs.keys, key(left, right));
            if (i >= 0) {
                total = pairs.override ? pairs.values[i] : total + pairs.values[i];
            }
        }
        return total;
    }

    private static long key(int left, int right) {
        return (long) left << 16 | right;
    }

    /** One format 0 subtable: its pairs sorted by key, as the binary search needs. */
    private record Pairs(long[] keys, short[] values, boolean override) {
        static Pairs read(TableBytes t, int offset, boolean override) {
            int count = t.uint16(offset);
            // Packed as key and value in one long, so one sort orders both even if the font did not.
            long[] packed = new long[count];
            for (int i = 0, p = offset + 8; i < count; i++, p += 6) {
                packed[i] = key(t.uint16(p), t.uint16(p + 2)) << 16 | t.uint16(p + 4);
            }
            Arrays.sort(packed);
            long[] keys = new long[count];
            short[] values = new short[count];
            for (int i = 0; i < count; i++) {
                keys[i] = packed[i] >>> 16;
                values[i] = (short) packed[i];
            }
            return new Pairs(keys, values, override);
        }
    }
}
