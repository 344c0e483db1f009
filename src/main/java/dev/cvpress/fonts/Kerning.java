package dev.cvpress.fonts;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/** Pair kerning of one face, by glyph ids, in font units; immutable, so faces share it between threads. */
interface Kerning {
    Kerning NONE = (left, right) -> 0;

    /** How much to add to the advance of {@code left} when {@code right} follows it: negative tightens. */
    int kerning(int left, int right);

    /**
     * The kerning a shaper would apply to the face's Latin text: GPOS pair positioning of the
     * {@code kern} feature when the face has it, or else its legacy {@code kern} table.
     */
    static Kerning of(TrueTypeFont ttf) throws IOException {
        TableBytes gpos = table(ttf, "GPOS");
        Kerning kerning = gpos == null ? null : GposKerning.read(gpos);
        if (kerning == null) {
            TableBytes kern = table(ttf, "kern");
            kerning = kern == null ? null : LegacyKerning.read(kern);
        }
        return kerning == null ? NONE : new RememberedKerning(kerning);
    }

    private static TableBytes table(TrueTypeFont ttf, String tag) throws IOException {
        TTFTable table = ttf.getTableMap().get(tag);
        return table == null ? null : new TableBytes(ttf.getTableBytes(table));
    }
}
