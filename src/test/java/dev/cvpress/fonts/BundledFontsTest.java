package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every family in fonts/ is described, licensed, TrueType and embeddable; every style covers Europe's scripts. */
class BundledFontsTest {
    /** Latin-1, Latin Extended-A, Greek, Cyrillic and the typographic punctuation a résumé uses. */
    private static final List<int[]> TEXT_RANGES = List.of(new int[] {0x20, 0x7E}, new int[] {0xA0, 0xFF},
            new int[] {0x100, 0x17F}, new int[] {0x391, 0x3A1}, new int[] {0x3A3, 0x3C9}, new int[] {0x410, 0x44F});
    private static final String PUNCTUATION = "–—•·’“”…";

    static Stream<Path> families() throws Exception {
        return Files.list(Path.of("fonts")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void familyIsDescribedLicensedAndEmbeddable(Path folder) throws Exception {
        JsonNode family = new YAMLMapper().readTree(folder.resolve("family.yaml").toFile());
        assertTrue(Files.size(folder.resolve(family.path("license_file").asText())) > 1000, "licence text present");
        assertTrue(family.path("license").asText().matches("OFL-1.1|Apache-2.0"), "an open licence");
        assertFalse(family.path("origin").asText().isBlank(), "origin noted");
        assertEquals(folder.getFileName().toString(), family.path("name").asText().replace(" ", ""));
        for (JsonNode file : family.path("faces")) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(folder.resolve(file.asText()))))) {
                assertTrue(ttf.getTableMap().containsKey("glyf"), file + " has TrueType outlines");
                int fsType = ttf.getOS2Windows().getFsType();
                assertEquals(0, fsType & 0x0002, file + " forbids embedding");
            }
        }
    }

    /** Each style's text family, with the fallbacks the style gives it, shows every letter of Europe. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void everyStyleCoversEuropeanScripts(String id) throws Exception {
        Style style = new StyleLoader().load(id);
        List<String> chain = new ArrayList<>(List.of(style.text().body().family()));
        chain.addAll(style.fonts().fallback());
        for (boolean bold : new boolean[] {false, true}) {
            for (boolean italic : new boolean[] {false, true}) {
                List<FontFace> faces = chain.stream()
                        .map(f -> FontCatalog.bundled().family(f).orElseThrow().face(bold, italic)).toList();
                IntStream all = IntStream.concat(
                        TEXT_RANGES.stream().flatMapToInt(r -> IntStream.rangeClosed(r[0], r[1])), PUNCTUATION.codePoints());
                all.forEach(cp -> assertTrue(faces.stream().anyMatch(f -> f.covers(cp)),
                        chain + (bold ? " bold" : "") + (italic ? " italic" : "") + " lacks U+" + Integer.toHexString(cp)));
            }
        }
    }

    static Stream<String> styles() {
        return new StyleLoader().available().stream();
    }
}
