package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** A subset keeps the characters asked for, drops the rest, and names itself the family member it stands for. */
class FontSubsetTest {
    private static final String TEXT = "Zoë Halvorsen-Mertens, Ärztin – 2024";

    @Test
    void theSemiboldIsNamedTheBoldOfItsFamilyAndKeepsOnlyTheTextsGlyphs() throws Exception {
        FontFace semibold = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(true, false);
        Set<Integer> chars = TEXT.codePoints().boxed().collect(Collectors.toSet());
        byte[] subset = FontSubset.of(semibold, chars);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(subset));
                TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(semibold.program()))) {
            assertEquals("Source Serif 4 Semibold", original.getNaming().getFontFamily(), "what the file calls itself");
            assertEquals("Source Serif 4", name(ttf, NameRecord.NAME_FONT_FAMILY_NAME));
            assertEquals("Bold", name(ttf, NameRecord.NAME_FONT_SUB_FAMILY_NAME));
            assertEquals("Source Serif 4 Bold", name(ttf, NameRecord.NAME_FULL_FONT_NAME));
            assertEquals(name(original, NameRecord.NAME_COPYRIGHT), name(ttf, NameRecord.NAME_COPYRIGHT));
            assertEquals(name(original, NameRecord.NAME_POSTSCRIPT_NAME), name(ttf, NameRecord.NAME_POSTSCRIPT_NAME));
            assertEquals(0x20, ttf.getOS2Windows().getFsSelection() & 0x61, "fsSelection: bold, not italic or regular");
            assertEquals(1, ttf.getHeader().getMacStyle() & 3, "macStyle: bold");
            for (int cp : chars) {
                int gid = ttf.getUnicodeCmapLookup().getGlyphId(cp);
                assertTrue(gid != 0, "keeps U+" + Integer.toHexString(cp));
                int originalGid = original.getUnicodeCmapLookup().getGlyphId(cp);
                assertEquals(original.getAdvanceWidth(originalGid), ttf.getAdvanceWidth(gid), "same advance for " + cp);
            }
            assertEquals(0, ttf.getUnicodeCmapLookup().getGlyphId('q'), "drops what the text lacks");
            assertTrue(ttf.getNumberOfGlyphs() < 40, ttf.getNumberOfGlyphs() + " glyphs");
            assertTrue(subset.length < semibold.program().length / 20, subset.length + " bytes");
        }
        assertEquals(0xB1B0AFBAL, checksum(subset), "the whole file's checksum, as head.checkSumAdjustment makes it");
    }

    @Test
    void theRegularStaysRegular() throws Exception {
        FontFace regular = FontCatalog.bundled().family("Source Sans 3").orElseThrow().face(false, false);
        byte[] subset = FontSubset.of(regular, Set.of((int) 'a'));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            assertEquals("Source Sans 3", name(ttf, NameRecord.NAME_FONT_FAMILY_NAME));
            assertEquals("Regular", name(ttf, NameRecord.NAME_FONT_SUB_FAMILY_NAME));
            assertEquals(0x40, ttf.getOS2Windows().getFsSelection() & 0x61);
            assertEquals(0, ttf.getHeader().getMacStyle() & 3);
        }
    }

    @Test
    void theBundledFacesMayBeEmbeddedAsSubsetsAndClassifyThemselves() {
        for (String family : new String[] {"Source Serif 4", "Source Sans 3", "Noto Serif", "Droid Sans Fallback"}) {
            FontFamily fonts = FontCatalog.bundled().family(family).orElseThrow();
            fonts.faces().forEach(face -> assertTrue(face.traits().subsetsMayBeEmbedded(), face.toString()));
            assertTrue(!fonts.substitute().isEmpty(), family + " names a substitute");
        }
        FaceTraits serif = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(false, false).traits();
        assertEquals(2, serif.panose()[0], "PANOSE: Latin text");
        assertEquals(400, serif.weightClass());
        assertTrue((serif.codePageRanges()[0] & 1) != 0, "Latin 1 code page");
    }

    private static String name(TrueTypeFont ttf, int id) throws Exception {
        return ttf.getNaming().getName(id, NameRecord.PLATFORM_WINDOWS, NameRecord.ENCODING_WINDOWS_UNICODE_BMP,
                NameRecord.LANGUAGE_WINDOWS_EN_US);
    }

    private static long checksum(byte[] font) {
        ByteBuffer words = ByteBuffer.wrap(font);
        long sum = 0;
        while (words.remaining() >= 4) {
            sum = (sum + (words.getInt() & 0xFFFFFFFFL)) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
