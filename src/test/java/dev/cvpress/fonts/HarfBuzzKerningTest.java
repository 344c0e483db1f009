package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HarfBuzz as the oracle: every pair of a wide character set, shaped by hb-shape with kerning on,
 * is as wide as {@link FontFace#width} measures it, for every bundled face. Skipped where hb-shape
 * is not installed ({@code apt-get install libharfbuzz-bin}).
 */
class HarfBuzzKerningTest {
    private static final String CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + ".,:;-–—()[]/\"'’“”&@!?ÀÄÅÉÖÜàäåçéèöüñßÆæŁłŒœŠšŽž"
            + "ΑΒΓΔΛΟΤΥΦαβγδλοτυАБВГДЛОТУЯагдлоту";

    static Stream<Path> faces() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fonts"))) {
            return files.filter(f -> f.toString().endsWith(".ttf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void everyPairIsAsWideAsHarfBuzzShapesIt(Path file, @TempDir Path dir) throws Exception {
        assumeTrue(hbShapeInstalled(), "hb-shape is not installed");
        byte[] program = Files.readAllBytes(file);
        FontFace face = new FontFace(file.toString(), false, false, program);
        List<String> pairs = CHARACTERS.codePoints().boxed()
                .flatMap(l -> CHARACTERS.codePoints().mapToObj(r -> Character.toString(l) + Character.toString(r)))
                .toList();
        List<String> shaped = shape(file, pairs, dir);
        assertEquals(pairs.size(), shaped.size(), "one shaped line per pair");
        int unitsPerEm = unitsPerEm(program);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int kerned = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String pair = pairs.get(i);
            int[] characters = pair.codePoints().toArray();
            int[] glyphs = Arrays.stream(characters).map(face::glyphId).toArray();
            long[] advances = advances(shaped.get(i), glyphs);
            if (advances == null) {
                continue; // HarfBuzz substituted or moved a glyph (GSUB, marks): not a plain pair.
            }
            compared++;
            double width = face.width(pair, unitsPerEm);
            if (Math.abs(width - advances[0] - advances[1]) > 1e-6) {
                mismatches.add(pair + ": measured " + width + ", HarfBuzz " + shaped.get(i));
            }
            kerned += face.kerning(characters[0], characters[1], 1) != 0 ? 1 : 0;
        }
        System.out.printf("%s: %d of %d pairs compared with HarfBuzz, %d kerned%n", file, compared, pairs.size(), kerned);
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())));
        assertTrue(compared > pairs.size() * 9 / 10, "most pairs shaped to their own glyphs");
        assertTrue(kerned > 0 || file.toString().contains("DroidSansFallback"), "the face kerns");
    }

    /** The two advances of hb-shape's line {@code [gid+advance|gid+advance]}, or null unless it shows {@code glyphs}. */
    private static long[] advances(String line, int[] glyphs) {
        String[] shaped = line.substring(1, line.length() - 1).split("\\|");
        if (shaped.length != glyphs.length || line.contains("@")) {
            return null;
        }
        long[] advances = new long[shaped.length];
        for (int k = 0; k < shaped.length; k++) {
            int plus = shaped[k].indexOf('+');
            if (Integer.parseInt(shaped[k].substring(0, plus)) != glyphs[k]) {
                return null;
            }
            advances[k] = Long.parseLong(shaped[k].substring(plus + 1));
        }
        return advances;
    }

    /** Shapes each pair as its own line; ligatures are off because cvpress sets characters one by one. */
    private static List<String> shape(Path font, List<String> pairs, Path dir) throws Exception {
        Path text = Files.write(dir.resolve("pairs.txt"), pairs);
        Path out = dir.resolve("shaped.txt");
        Process hb = new ProcessBuilder("hb-shape", "--features=-liga", "--no-glyph-names", "--no-clusters",
                "--text-file=" + text, font.toString()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(hb.waitFor(120, TimeUnit.SECONDS), "hb-shape finished");
        assertEquals(0, hb.exitValue(), "hb-shape succeeded");
        return Files.readAllLines(out);
    }

    private static int unitsPerEm(byte[] program) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(program))) {
            return ttf.getUnitsPerEm();
        }
    }

    private static boolean hbShapeInstalled() {
        try {
            Process hb = new ProcessBuilder("hb-shape", "--version").redirectErrorStream(true).start();
            hb.getInputStream().readAllBytes();
            return hb.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
