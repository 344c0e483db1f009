package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pair kerning of the bundled faces. The expected values are HarfBuzz's (hb-shape 6.0.0, kerned
 * advance minus plain advance, in font units), also worked out by hand with fontTools from the same
 * GPOS subtables; {@link HarfBuzzKerningTest} compares every pair of a wide character set when
 * hb-shape is installed.
 */
class KerningTest {
    private static final List<String> KERNED_FAMILIES = List.of("Source Serif 4", "Source Sans 3", "Noto Serif");

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Source Serif 4|AV|-119", "Source Serif 4|VA|-120", "Source Serif 4|To|-70", "Source Serif 4|Ty|-40",
        "Source Serif 4|Wa|-70", "Source Serif 4|LT|-80", "Source Serif 4|HH|0",
        // B is covered by the glyph-pair subtable: BV is listed there (and wins over its class
        // value, 0); BA is not, so the lookup goes on to the class subtables.
        "Source Serif 4|BV|-50", "Source Serif 4|BA|-30",
        "Source Sans 3|AV|-14", "Source Sans 3|To|-66", "Source Sans 3|Ty|-33", "Source Sans 3|Wa|-16",
        "Source Sans 3|LT|-120", "Source Sans 3|P.|-112", "Source Sans 3|HH|0",
        // A positive pair, from the glyph-pair subtable, which wins over the class value (-7).
        "Source Sans 3|x,|7",
        // Noto Serif keeps its pairs in a plain PairPos lookup, not behind Extension lookups.
        "Noto Serif|AV|-80", "Noto Serif|'g|-40", "Noto Serif|HH|0"})
    void regularFacesKernAsHarfBuzzDoes(String family, String pair, int units) {
        FontFace face = regular(family);
        // At a size of 1000 points a font unit of these 1000-unit fonts is one point.
        assertEquals(units, face.kerning(pair.codePointAt(0), pair.codePointAt(1), 1000), 1e-9, pair);
    }

    @Test
    void widthIncludesTheKerningBetweenNeighbours() {
        FontFace face = regular("Source Serif 4");
        double size = 11;
        assertTrue(face.width("AV", size) < face.width("A", size) + face.width("V", size));
        double unkerned = face.width("A", size) + face.width("V", size) + face.width("A", size);
        double kerned = unkerned + face.kerning('A', 'V', size) + face.kerning('V', 'A', size);
        assertEquals(kerned, face.width("AVA", size), 1e-9);
        assertEquals(face.width("H", size) * 2, face.width("HH", size), 1e-9);
    }

    @Test
    void characterTheFaceLacksKernsWithNeitherNeighbour() {
        FontFace face = regular("Source Serif 4");
        int cjk = '\u6f22';
        assertEquals(0, face.glyphId(cjk));
        assertEquals(0, face.kerning('A', cjk, 10));
        assertEquals(face.width("A", 10) + face.width("\u6f22", 10) + face.width("V", 10),
                face.width("A\u6f22V", 10), 1e-9);
    }

    @Test
    void everyFaceOfEveryKernedFamilyKerns() {
        for (String family : KERNED_FAMILIES) {
            for (FontFace face : FontCatalog.bundled().family(family).orElseThrow().faces()) {
                assertTrue(face.kerning('A', 'V', 10) < 0, face + " kerns AV");
                assertTrue(face.kerning('T', 'o', 10) < 0, face + " kerns To");
                assertEquals(0, face.kerning('H', 'H', 10), face + " leaves HH alone");
                assertTrue(face.width("AVATAR", 10) < face.width("AV", 10) + face.width("ATAR", 10), face.toString());
            }
        }
    }

    @Test
    void fallbackFaceHasNoLatinKerning() {
        FontFace face = regular("Droid Sans Fallback");
        assertEquals(0, face.kerning('A', 'V', 10));
        assertEquals(0, face.kerning('\u6f22', '\u5b57', 10));
        assertTrue(face.width("\u6f22\u5b57", 10) > 0);
    }

    @Test
    void everyBundledFaceLoadsQuickly() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("fonts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttf")).sorted().toList()) {
                byte[] program = Files.readAllBytes(file);
                long start = System.nanoTime();
                FontFace face = new FontFace(file.getFileName().toString(), false, false, program);
                long loaded = System.nanoTime();
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
                    long parsed = System.nanoTime();
                    Kerning.of(ttf);
                    long kerning = System.nanoTime() - parsed;
                    System.out.printf("%-28s %5d glyphs: face loads in %6.1f ms, of which kerning about %5.2f ms%n",
                            face.family(), ttf.getNumberOfGlyphs(), (loaded - start) / 1e6, kerning / 1e6);
                    // Measured well under 10 ms each; the bound only catches a runaway parser.
                    assertTrue(kerning < 500_000_000L, face.family() + " kerning took " + kerning / 1e6 + " ms");
                }
            }
        }
    }

    private static FontFace regular(String family) {
        return FontCatalog.bundled().family(family).orElseThrow().face(false, false);
    }
}
