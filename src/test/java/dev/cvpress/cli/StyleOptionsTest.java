package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.support.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --margins, --accent, --font-size}: the style changed for one run, bad values usage errors. */
class StyleOptionsTest extends CommandLineTest {
    private static final double MM = 72 / 25.4;
    @TempDir
    Path dir;

    @Test
    void marginsMoveTheTextsLeftEdge() throws IOException {
        List<TextPosition> plain = glyphs(render("plain.pdf"));
        List<TextPosition> wide = glyphs(render("wide.pdf", "--margins", "30mm"));
        // classic's left margin is 19mm; left-aligned body lines start right at it.
        assertEquals(19 * MM, leftEdge(plain), 0.5);
        assertEquals(30 * MM, leftEdge(wide), 0.5);
        List<TextPosition> mixed = glyphs(render("mixed.pdf", "--margins", "25mm 12mm"));
        assertEquals(12 * MM, leftEdge(mixed), 0.5);
    }

    @Test
    void aFontSizeScalesTheBodyAndTheName() throws IOException {
        List<TextPosition> plain = glyphs(render("plain.pdf"));
        List<TextPosition> larger = glyphs(render("larger.pdf", "--font-size", "12"));
        // classic: body 10pt, name 24pt; at 12pt the name grows by the same factor, to 28.8pt.
        assertEquals(10, mostCommonSize(plain), 0.01);
        assertEquals(12, mostCommonSize(larger), 0.01);
        assertEquals(24, largestSize(plain), 0.01);
        assertEquals(28.8, largestSize(larger), 0.01);
    }

    @Test
    void anAccentColourRenders() throws IOException {
        assertTrue(Files.size(render("accent.pdf", "--accent", "#AA3300")) > 5000);
        assertTrue(Files.size(render("named.docx", "--accent", "muted")) > 5000);
    }

    @Test
    void badValuesAreUsageErrorsThatSayWhatIsWanted() {
        assertUsageError("is not a length", "--margins", "20px");
        assertUsageError("one to four lengths", "--margins", "1mm 2mm 3mm 4mm 5mm");
        assertUsageError("half the paper", "--margins", "120mm");
        assertUsageError("#RRGGBB", "--accent", "#12345");
        assertUsageError("did you mean \"accent\"?", "--accent", "acent");
        assertUsageError("out of range", "--font-size", "2");
        assertUsageError("is not a font size", "--font-size", "big");
    }

    private void assertUsageError(String message, String... options) {
        err.getBuffer().setLength(0);
        Path target = dir.resolve("bad.pdf");
        List<String> args = new ArrayList<>(List.of("render", Pipeline.example().toString(), "-o", target.toString()));
        args.addAll(List.of(options));
        assertEquals(2, run(args.toArray(String[]::new)), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(target));
    }

    private Path render(String name, String... options) {
        Path target = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("render", Pipeline.example().toString(), "-o", target.toString()));
        args.addAll(List.of(options));
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        return target;
    }

    private static List<TextPosition> glyphs(Path pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(glyphs::add);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return glyphs;
    }

    private static double leftEdge(List<TextPosition> glyphs) {
        return glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
    }

    private static double largestSize(List<TextPosition> glyphs) {
        return glyphs.stream().mapToDouble(StyleOptionsTest::size).max().orElseThrow();
    }

    private static double mostCommonSize(List<TextPosition> glyphs) {
        return glyphs.stream().collect(Collectors.groupingBy(StyleOptionsTest::size,
                Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The size the glyph is drawn at (its text rendering matrix's scale); {@code getFontSizeInPt} drops the fraction. */
    private static double size(TextPosition glyph) {
        return glyph.getTextMatrix().getScalingFactorX();
    }
}
