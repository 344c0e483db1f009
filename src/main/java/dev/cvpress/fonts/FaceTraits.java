package dev.cvpress.fonts;

import java.util.Arrays;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;

/**
 * What a face says about itself for a program that lacks it and must pick a look-alike: its PANOSE
 * digits, IBM family class, weight, pitch, the Unicode ranges and code pages it covers (OS/2 table)
 * and its licence's embedding rights ({@code fsType}).
 */
public final class FaceTraits {
    /** fsType bit: the font must not leave the machine it is installed on. */
    private static final int RESTRICTED = 0x0002;
    /** fsType bit: the font may be embedded only whole. */
    private static final int NO_SUBSETTING = 0x0100;
    /** fsType bit: only bitmaps may be embedded, no outlines. */
    private static final int BITMAP_ONLY = 0x0200;

    private final byte[] panose;
    private final int familyClass;
    private final int weightClass;
    private final boolean fixedPitch;
    private final long[] unicodeRanges;
    private final long[] codePageRanges;
    private final int fsType;

    private FaceTraits(byte[] panose, int familyClass, int weightClass, boolean fixedPitch, long[] unicodeRanges,
            long[] codePageRanges, int fsType) {
        this.panose = panose;
        this.familyClass = familyClass;
        this.weightClass = weightClass;
        this.fixedPitch = fixedPitch;
        this.unicodeRanges = unicodeRanges;
        this.codePageRanges = codePageRanges;
        this.fsType = fsType;
    }

    /** Read from a face's OS/2 and post tables; a face without OS/2 says nothing (all zero). */
    static FaceTraits of(OS2WindowsMetricsTable os2, PostScriptTable post) {
        boolean fixed = post != null && post.getIsFixedPitch() != 0;
        if (os2 == null) {
            return new FaceTraits(new byte[10], 0, 400, fixed, new long[4], new long[2], 0);
        }
        byte[] panose = os2.getPanose() == null ? new byte[10] : Arrays.copyOf(os2.getPanose(), 10);
        return new FaceTraits(panose, os2.getFamilyClass(), os2.getWeightClass(), fixed,
                new long[] {os2.getUnicodeRange1(), os2.getUnicodeRange2(), os2.getUnicodeRange3(), os2.getUnicodeRange4()},
                new long[] {os2.getCodePageRange1(), os2.getCodePageRange2()}, os2.getFsType() & 0xFFFF);
    }

    /** The ten PANOSE classification digits. */
    public byte[] panose() {
        return panose.clone();
    }

    /** The IBM font class (high byte) and subclass (low byte): 0x08xx sans serif, 0x01xx–0x07xx serifs. */
    public int familyClass() {
        return familyClass;
    }

    /** 100 (thin) to 900 (black); 400 is regular, 700 bold. */
    public int weightClass() {
        return weightClass;
    }

    public boolean fixedPitch() {
        return fixedPitch;
    }

    /** OS/2 ulUnicodeRange1–4: one bit per Unicode block the face covers. */
    public long[] unicodeRanges() {
        return unicodeRanges.clone();
    }

    /** OS/2 ulCodePageRange1–2: one bit per legacy code page the face is usable with. */
    public long[] codePageRanges() {
        return codePageRanges.clone();
    }

    /** Whether the licence lets a document carry a subset of the outlines (fsType: not restricted, subsettable, outlines). */
    public boolean subsetsMayBeEmbedded() {
        return (fsType & (RESTRICTED | NO_SUBSETTING | BITMAP_ONLY)) == 0;
    }
}
