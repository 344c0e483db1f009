package dev.cvpress.cli;

/**
 * The output names a batch has handed out, kept as 64-bit hashes in one open-addressing table: about
 * 16 bytes a name instead of the hundred or so that a set of strings takes, so a run of millions of
 * outputs still fits the heap. Two names whose hashes meet (about once in 10^12 pairs) count as one,
 * which at worst numbers an output that needed no number; the same inputs always give the same names.
 */
final class NameSet {
    private static final long EMPTY = 0;
    private long[] slots = new long[1024];
    private int size;

    boolean contains(String name) {
        return slots[slot(slots, hash(name))] != EMPTY;
    }

    void add(String name) {
        if (size * 2 >= slots.length) {
            grow();
        }
        if (insert(slots, hash(name))) {
            size++;
        }
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != EMPTY) {
                insert(larger, hash);
            }
        }
        slots = larger;
    }

    /** Puts {@code hash} into {@code table}; false when it was there already. */
    private static boolean insert(long[] table, long hash) {
        int i = slot(table, hash);
        if (table[i] == hash) {
            return false;
        }
        table[i] = hash;
        return true;
    }

    /** The slot of {@code table} that holds {@code hash}, or the empty one where it would go. */
    private static int slot(long[] table, long hash) {
        int i = (int) (mix(hash) & (table.length - 1));
        while (table[i] != EMPTY && table[i] != hash) {
            i = (i + 1) & (table.length - 1);
        }
        return i;
    }

    /** FNV-1a over the name's UTF-16 units, never {@link #EMPTY}. */
    private static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    /** Spreads the bits, so that similar names do not crowd neighbouring slots. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
