package dev.cvpress.fonts;

import java.io.IOException;

/**
 * One PairPos subtable of a GPOS lookup, reduced to the first glyph's horizontal advance change,
 * the only value record field that kerning of horizontal text uses.
 */
interface PairSubtable {
    /** What {@link #kerning} answers when the subtable does not apply, so the lookup tries the next. */
    int NO_MATCH = Integer.MIN_VALUE;

    /** The first glyph's XAdvance adjustment in font units (possibly 0), or {@link #NO_MATCH}. */
    int kerning(int left, int right);

    /** Reads the PairPos subtable (format 1 or 2) at {@code offset} of the GPOS bytes. */
    static PairSubtable read(TableBytes t, int offset) throws IOException {
        int format = t.uint16(offset);
        return switch (format) {
            case 1 -> GlyphPairs.read(t, offset);
            case 2 -> ClassPairs.read(t, offset);
            default -> throw new IOException("unknown PairPos format " + format);
        };
    }

    /** Bytes of a ValueRecord: two for each field its ValueFormat sets (device offsets included). */
    static int recordSize(int valueFormat) {
        return 2 * Integer.bitCount(valueFormat & 0xFF);
    }

    /** The XAdvance of the ValueRecord at {@code offset}, 0 when its format has none. */
    static int xAdvance(TableBytes t, int offset, int valueFormat) {
        final int xAdvance = 0x0004;
        if ((valueFormat & xAdvance) == 0) {
            return 0;
        }
        // XPlacement (0x0001) and YPlacement (0x0002) come first when present.
        return t.int16(offset + 2 * Integer.bitCount(valueFormat & (xAdvance - 1)));
    }
}
