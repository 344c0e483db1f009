package dev.cvpress.fonts;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A face's kerning with recent answers remembered. Text asks for the same few thousand pairs over
 * and over, while a GPOS answer tries every subtable of every kern lookup. The memory is a
 * direct-mapped table of entries packed into longs (pair above, value below), read and written
 * with opaque access so that a thread always sees an entry whole; threads racing on a slot each
 * leave a correct entry, so no lock is needed.
 */
final class RememberedKerning implements Kerning {
    private static final int SLOT_BITS = 13;
    private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(long[].class);

    private final Kerning kerning;
    private final long[] entries = new long[1 << SLOT_BITS];

    RememberedKerning(Kerning kerning) {
        this.kerning = kerning;
    }

    @Override
    public int kerning(int left, int right) {
        if (left >>> 16 != 0 || right >>> 16 != 0 || right == 0xFFFF) {
            return kerning.kerning(left, right); // not a glyph id of any face
        }
        // The key's low half is right + 1, never 0, so no key matches an empty slot.
        int key = left << 16 | right + 1;
        int slot = key * 0x9E3779B1 >>> (32 - SLOT_BITS);
        long entry = (long) ENTRY.getOpaque(entries, slot);
        if ((int) (entry >>> 32) == key) {
            return (int) entry;
        }
        int value = kerning.kerning(left, right);
        ENTRY.setOpaque(entries, slot, (long) key << 32 | value & 0xFFFF_FFFFL);
        return value;
    }
}
