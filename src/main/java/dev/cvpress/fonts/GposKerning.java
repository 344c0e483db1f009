package dev.cvpress.fonts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Kerning from a GPOS table: the PairPos lookups (type 2, or type 9 extensions of them) that the
 * {@code kern} feature of the Latin or default script lists. Lookups apply in lookup-list order
 * and add up; within a lookup the first subtable that applies to a pair wins. Contextual
 * positioning (types 7 and 8) is left out: it needs the whole glyph run, not a pair.
 */
final class GposKerning implements Kerning {
    private static final int PAIR_POS = 2;
    private static final int EXTENSION = 9;
    /** Shapers look for the text's script, then the default script (and its common misspelling). */
    private static final String[] SCRIPTS = {"latn", "DFLT", "dflt"};

    private final PairSubtable[][] lookups;

    private GposKerning(PairSubtable[][] lookups) {
        this.lookups = lookups;
    }

    /** The kerning of the GPOS table {@code t}, or null when it has no pair kerning. */
    static Kerning read(TableBytes t) throws IOException {
        try {
            if (t.uint16(0) != 1) {
                return null;
            }
            int scripts = t.uint16(4);
            int features = t.uint16(6);
            int lookupList = t.uint16(8);
            int langSys = scripts == 0 || features == 0 || lookupList == 0 ? -1 : defaultLangSys(t, scripts);
            if (langSys < 0) {
                return null;
            }
            List<PairSubtable[]> lookups = new ArrayList<>();
            BitSet indices = kernLookups(t, langSys, features);
            for (int i = indices.nextSetBit(0); i >= 0; i = indices.nextSetBit(i + 1)) {
                PairSubtable[] lookup = pairLookup(t, lookupList, i);
                if (lookup.length > 0) {
                    lookups.add(lookup);
                }
            }
            return lookups.isEmpty() ? null : new GposKerning(lookups.toArray(PairSubtable[][]::new));
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("GPOS table is truncated or malformed", e);
        }
    }

    @Override
    public int kerning(int left, int right) {
        int total = 0;
        for (PairSubtable[] lookup : lookups) {
            for (PairSubtable subtable : lookup) {
                int value = subtable.kerning(left, right);
                if (value != PairSubtable.NO_MATCH) {
                    total += value;
                    break;
                }
            }
        }
        return total;
    }

    /** Offset of the default LangSys of the first script of {@link #SCRIPTS} present, or -1. */
    private static int defaultLangSys(TableBytes t, int scriptList) {
        int count = t.uint16(scriptList);
        for (String wanted : SCRIPTS) {
            for (int i = 0; i < count; i++) {
                int record = scriptList + 2 + 6 * i;
                if (t.tag(record).equals(wanted)) {
                    int script = scriptList + t.uint16(record + 4);
                    int langSys = t.uint16(script);
                    return langSys == 0 ? -1 : script + langSys;
                }
            }
        }
        return -1;
    }

    /** Indices of the lookups of every {@code kern} feature the LangSys uses, its required one included. */
    private static BitSet kernLookups(TableBytes t, int langSys, int featureList) throws IOException {
        List<Integer> used = new ArrayList<>();
        int required = t.uint16(langSys + 2);
        if (required != 0xFFFF) {
            used.add(required);
        }
        for (int i = 0; i < t.uint16(langSys + 4); i++) {
            used.add(t.uint16(langSys + 6 + 2 * i));
        }
        int featureCount = t.uint16(featureList);
        BitSet lookups = new BitSet();
        for (int index : used) {
            if (index >= featureCount) {
                throw new IOException("GPOS LangSys names feature " + index + " of " + featureCount);
            }
            int record = featureList + 2 + 6 * index;
            if (t.tag(record).equals("kern")) {
                int feature = featureList + t.uint16(record + 4);
                for (int k = 0; k < t.uint16(feature + 2); k++) {
                    lookups.set(t.uint16(feature + 4 + 2 * k));
                }
            }
        }
        return lookups;
    }

    /** The PairPos subtables of lookup {@code index}, seen through extensions; none for other types. */
    private static PairSubtable[] pairLookup(TableBytes t, int lookupList, int index) throws IOException {
        if (index >= t.uint16(lookupList)) {
            throw new IOException("GPOS feature names lookup " + index + " of " + t.uint16(lookupList));
        }
        int lookup = lookupList + t.uint16(lookupList + 2 + 2 * index);
        int type = t.uint16(lookup);
        int count = t.uint16(lookup + 4);
        List<PairSubtable> subtables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int subtable = lookup + t.uint16(lookup + 6 + 2 * i);
            if (type == EXTENSION && t.uint16(subtable + 2) == PAIR_POS) {
                subtables.add(PairSubtable.read(t, subtable + t.uint32(subtable + 4)));
            } else if (type == PAIR_POS) {
                subtables.add(PairSubtable.read(t, subtable));
            }
        }
        return subtables.toArray(PairSubtable[]::new);
    }
}
