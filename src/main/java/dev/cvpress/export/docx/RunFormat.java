package dev.cvpress.export.docx;

import dev.cvpress.doc.SpanStyle;
import dev.cvpress.units.Caps;
import java.math.BigInteger;
import java.util.Objects;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Character formatting as Word run properties. Only what differs from an inherited look is
 * written, so a run inside a styled paragraph carries just its own exceptions (a bold label, the
 * dates of a title row) and a user who edits the style sees every other run follow.
 */
final class RunFormat {
    /** What a style inherits when nothing is said: no family, regular, no colour, as written. */
    static final SpanStyle NOTHING = new SpanStyle("", false, false, 0, null, Caps.NONE);

    private RunFormat() {}

    /** Writes into {@code rPr} every property of {@code look} that {@code inherited} does not already give. */
    static void write(CTRPr rPr, SpanStyle look, SpanStyle inherited) {
        if (!look.family().equals(inherited.family())) {
            fonts(rPr.addNewRFonts(), look.family());
        }
        if (look.bold() != inherited.bold()) {
            onOff(rPr.addNewB(), look.bold());
            onOff(rPr.addNewBCs(), look.bold());
        }
        if (look.italic() != inherited.italic()) {
            onOff(rPr.addNewI(), look.italic());
            onOff(rPr.addNewICs(), look.italic());
        }
        caps(rPr, look.caps(), inherited.caps());
        if (look.color() != null && !Objects.equals(look.color(), inherited.color())) {
            rPr.addNewColor().setVal(look.color().hex());
        }
        if (look.size() != inherited.size()) {
            BigInteger halfPoints = halfPoints(look.size());
            rPr.addNewSz().setVal(halfPoints);
            rPr.addNewSzCs().setVal(halfPoints);
        }
    }

    /** One family for every script, so Word does not mix in its theme fonts for some characters. */
    private static void fonts(CTFonts fonts, String family) {
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setEastAsia(family);
        fonts.setCs(family);
    }

    private static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.max(1, Math.round(points * 2)));
    }

    /** Word keeps all caps and small caps as two switches; turning one on turns the other off. */
    private static void caps(CTRPr rPr, Caps look, Caps inherited) {
        if (look == inherited) {
            return;
        }
        if (look == Caps.ALL || inherited == Caps.ALL) {
            onOff(rPr.addNewCaps(), look == Caps.ALL);
        }
        if (look == Caps.SMALL || inherited == Caps.SMALL) {
            onOff(rPr.addNewSmallCaps(), look == Caps.SMALL);
        }
    }

    /** An on/off property: present means on, so only "off" needs a value. */
    private static void onOff(CTOnOff property, boolean on) {
        if (!on) {
            property.setVal(Boolean.FALSE);
        }
    }
}
