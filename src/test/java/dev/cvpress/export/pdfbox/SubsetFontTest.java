package dev.cvpress.export.pdfbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class SubsetFontTest {
    private static final FontFace FACE = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(false, true);
    private static final String TEXT = "Zoë Åsa, fi 2023";

    @Test
    void theSubsetHoldsTheShownGlyphsNumberedFromOneWithTheirWidthsAndCharacters() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            SubsetFont font = SubsetFont.embed(pdf, FACE, TEXT.codePoints().distinct().boxed().toList(), "F1");
            COSDictionary type0 = font.dictionary();
            COSDictionary cidFont = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
            COSDictionary descriptor = (COSDictionary) cidFont.getDictionaryObject(COSName.FONT_DESC);
            String name = descriptor.getNameAsString(COSName.FONT_NAME);
            assertTrue(name.matches("[A-Z]{6}\\+SourceSerif4-It"), name);
            assertEquals(name, type0.getNameAsString(COSName.BASE_FONT));
            assertEquals(COSName.IDENTITY, cidFont.getDictionaryObject(COSName.CID_TO_GID_MAP));

            TrueTypeFont subset;
            try (InputStream in = ((COSStream) descriptor.getDictionaryObject(COSName.FONT_FILE2)).createInputStream()) {
                subset = new TTFParser(true).parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
            long distinct = TEXT.codePoints().distinct().count();
            // .notdef, one glyph per character, and the parts its accented letters are built of.
            assertTrue(subset.getNumberOfGlyphs() >= distinct + 1 && subset.getNumberOfGlyphs() <= distinct + 8,
                    subset.getNumberOfGlyphs() + " glyphs");
            COSArray widths = (COSArray) ((COSArray) cidFont.getDictionaryObject(COSName.W)).getObject(1);
            assertEquals(subset.getNumberOfGlyphs(), widths.size());
            for (int glyph = 0; glyph < widths.size(); glyph++) {
                assertEquals(subset.getAdvanceWidth(glyph) * 1000f / subset.getUnitsPerEm(),
                        ((COSNumber) widths.getObject(glyph)).floatValue(), 0.001, "width of glyph " + glyph);
            }

            byte[] codes = font.encode("Zoë");
            assertEquals(6, codes.length);
            assertNotEquals(0, codes[0] << 8 | codes[1], "Z is in the subset");
            String cmap;
            try (InputStream in = ((COSStream) type0.getDictionaryObject(COSName.TO_UNICODE)).createInputStream()) {
                cmap = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            assertTrue(cmap.contains(String.format("<%02X%02X> <005A>", codes[0], codes[1])), cmap);
            assertTrue(cmap.contains(String.format("<%02X%02X> <00EB>", codes[4], codes[5])), cmap);
            String mappings = cmap.substring(cmap.indexOf("beginbfchar"), cmap.lastIndexOf("endbfchar"));
            assertEquals(distinct, mappings.lines().filter(line -> line.matches("<[0-9A-F]{4}> <[0-9A-F]+>")).count());
        }
    }

    @Test
    void theSameGlyphsGiveTheSameNameAndOthersAnother() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            assertEquals(name(pdf, "abc"), name(pdf, "cab"));
            assertNotEquals(name(pdf, "abc"), name(pdf, "abd"));
        }
    }

    private static String name(PDDocument pdf, String text) throws Exception {
        SubsetFont font = SubsetFont.embed(pdf, FACE, text.codePoints().distinct().boxed().toList(), "F1");
        return font.dictionary().getNameAsString(COSName.BASE_FONT);
    }

    @Test
    void encodedRunsAreTwoBytesPerCharacter() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            SubsetFont font = SubsetFont.embed(pdf, FACE, List.of((int) 'a', (int) 'b'), "F1");
            byte[] ab = font.encode("ab");
            assertArrayEquals(new byte[] {ab[0], ab[1], ab[2], ab[3], ab[0], ab[1]}, font.encode("aba"));
        }
    }
}
