package dev.cvpress.export.docx;

import dev.cvpress.fonts.FaceTraits;

/** A font's OS/2 classification in the coarse terms of Word's font table: its kind and its character set. */
final class WordFontClass {
    /** PANOSE family kind "Latin text", whose serif-style digit tells serif from sans. */
    private static final int LATIN_TEXT = 2;
    private static final int LATIN_HAND = 3;
    /** PANOSE serif styles 11–15: normal, obtuse and perpendicular sans, flared, rounded. */
    private static final int FIRST_SANS_STYLE = 11;
    /** ulCodePageRange1 bits for Japanese, simplified Chinese, Korean and traditional Chinese, with Word's charset. */
    private static final int[][] EAST_ASIAN = {{17, 0x80}, {18, 0x86}, {19, 0x81}, {20, 0x88}};
    private static final int LATIN_1 = 0;

    private WordFontClass() {}

    /**
     * {@code roman} (serif), {@code swiss} (sans), {@code modern} (fixed pitch), {@code script},
     * {@code decorative}, or {@code auto}: by the IBM class, else (class 0, "none") by PANOSE.
     */
    static String kind(FaceTraits traits) {
        if (traits.fixedPitch()) {
            return "modern";
        }
        return switch (traits.familyClass() >> 8) {
            case 1, 2, 3, 4, 5, 7 -> "roman";
            case 8 -> "swiss";
            case 10 -> "script";
            case 9, 12 -> "decorative";
            default -> byPanose(traits.panose());
        };
    }

    /** Word's character set number, in hex: 00 (ANSI) for a font with Latin-1, else its East Asian code page. */
    static String charset(FaceTraits traits) {
        long pages = traits.codePageRanges()[0];
        if ((pages & 1L << LATIN_1) == 0) {
            for (int[] page : EAST_ASIAN) {
                if ((pages & 1L << page[0]) != 0) {
                    return String.format("%02X", page[1]);
                }
            }
        }
        return "00";
    }

    private static String byPanose(byte[] panose) {
        if (panose[0] == LATIN_TEXT) {
            return panose[1] >= FIRST_SANS_STYLE ? "swiss" : panose[1] >= 2 ? "roman" : "auto";
        }
        return panose[0] == LATIN_HAND ? "script" : panose[0] > LATIN_HAND ? "decorative" : "auto";
    }
}
