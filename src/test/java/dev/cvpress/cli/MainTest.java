package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.support.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void rendersPdfAndDocxByExtension() throws Exception {
        for (String name : new String[] {"cv.pdf", "cv.docx"}) {
            Path target = dir.resolve(name);
            assertEquals(0, run("render", Pipeline.example().toString(), "-o", target.toString()), err.toString());
            assertTrue(Files.size(target) > 5000);
        }
        assertTrue(new String(Files.readAllBytes(dir.resolve("cv.pdf")), 0, 5, "US-ASCII").equals("%PDF-"));
        assertEquals("", err.toString());
        assertNoLeftovers();
    }

    @Test
    void malformedInputIsOneLocatedLineExitOneAndNoFile() throws Exception {
        Path target = dir.resolve("bad.pdf");
        String input = Pipeline.fixture("malformed.json").toString();
        assertEquals(1, run("render", input, "-o", target.toString()));
        String message = err.toString().strip();
        assertTrue(message.matches("\\Q" + input + "\\E:4:30: error: .+"), message);
        assertEquals(1, message.lines().count());
        assertFalse(message.contains("Exception"), message);
        assertFalse(Files.exists(target));
        assertNoLeftovers();
    }

    @Test
    void aMissingFileIsBadInput() {
        assertEquals(1, run("render", dir.resolve("nope.json").toString(), "-o", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }

    @Test
    void anOutputThatCannotBeWrittenIsSaidInWords() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        Path target = file.resolve("cv.pdf");
        assertEquals(1, run("render", Pipeline.example().toString(), "-o", target.toString()));
        assertTrue(err.toString().contains("cvpress: cannot write " + target + ": " + file + " is a file, not a folder"),
                err.toString());
        assertFalse(err.toString().contains("internal error"), err.toString());
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        assertEquals(2, run("render", Pipeline.example().toString(), "-o", dir.resolve("cv.odt").toString()));
        assertTrue(err.toString().contains("docx") && err.toString().contains("pdf"), err.toString());
        assertEquals(0, run("render", Pipeline.example().toString(), "-o", dir.resolve("cv.bin").toString(), "--format", "pdf"));
    }

    @Test
    void anUnknownStyleIsAUsageError() {
        assertEquals(2, run("render", Pipeline.example().toString(), "-o", dir.resolve("cv.pdf").toString(), "--style", "nope"));
        assertTrue(err.toString().contains("classic"), err.toString());
    }

    @Test
    void helpVersionAndUsageErrors() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("render") && out.toString().contains("Exit codes"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("cvpress "), out.toString());
        assertEquals(2, run("render"));
        assertEquals(2, run("--no-such-option"));
        assertEquals(2, run());
    }

    /** A run that names a command builds only that one; help and a mistyped name still see them all. */
    @Test
    void helpListsAndDescribesEveryCommandAndAMistypedOneGetsASuggestion() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"render", "batch", "validate", "normalize", "styles", "formats", "help"}) {
            assertTrue(out.toString().contains("\n  " + command + " "), command + " missing from: " + out);
        }
        assertEquals(0, run("help", "batch"));
        assertTrue(out.toString().contains("Usage: cvpress batch"), out.toString());
        assertEquals(2, run("rendr", "cv.json"));
        assertTrue(err.toString().contains("Did you mean: cvpress render?"), err.toString());
        assertEquals(0, run("render", "--help"));
        assertTrue(out.toString().contains("Usage: cvpress render"), out.toString());
    }

    @Test
    void theLanguageTagReachesThePdf() throws Exception {
        Path target = dir.resolve("cv.pdf");
        assertEquals(0, run("render", Pipeline.example().toString(), "-o", target.toString(), "--lang", "nl"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertEquals("nl", pdf.getDocumentCatalog().getLanguage());
        }
        assertEquals(2, run("render", Pipeline.example().toString(), "-o", target.toString(), "--lang", "Dutch!"));
    }

    @Test
    void paperFollowsTheCountryUnlessGiven() throws Exception {
        Path us = Files.writeString(dir.resolve("us.json"),
                "{\"basics\":{\"name\":\"Ann\",\"location\":{\"countryCode\":\"US\"}}}");
        assertEquals(612f, widthOf(us), 0.5f);
        assertEquals(595.3f, widthOf(Pipeline.example()), 0.5f);
        assertEquals(612f, widthOf(Pipeline.example(), "--page-size", "letter"), 0.5f);
        assertEquals(2, run("render", us.toString(), "-o", dir.resolve("x.pdf").toString(), "--page-size", "B5"));
        assertTrue(err.toString().contains("A4 or Letter"), err.toString());
    }

    private float widthOf(Path input, String... options) throws Exception {
        Path target = dir.resolve("paper.pdf");
        String[] args = Stream.concat(Stream.of("render", input.toString(), "-o", target.toString()), Stream.of(options))
                .toArray(String[]::new);
        assertEquals(0, run(args), err.toString());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            return pdf.getPage(0).getMediaBox().getWidth();
        }
    }

    @Test
    void severalStylesGiveOneFileEachNamedByStyle() throws Exception {
        Path target = dir.resolve("cv.pdf");
        assertEquals(0, run("render", Pipeline.example().toString(), "-o", target.toString(), "--style", "classic,modern"),
                err.toString());
        assertFalse(Files.exists(target));
        for (String style : new String[] {"classic", "modern"}) {
            Path styled = dir.resolve("cv-" + style + ".pdf");
            assertTrue(out.toString().contains("wrote " + styled), out.toString());
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(styled.toFile())) {
                assertTrue(pdf.getNumberOfPages() >= 1);
            }
        }
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve("cv-classic.pdf")),
                Files.readAllBytes(dir.resolve("cv-modern.pdf"))));
        // One unknown style in the list stops the run before anything is written.
        Path other = dir.resolve("other.docx");
        assertEquals(2, run("render", Pipeline.example().toString(), "-o", other.toString(), "--style", "modern,nope"));
        assertFalse(Files.exists(dir.resolve("other-modern.docx")));
        assertNoLeftovers();
    }

    @Test
    void stylesAreListed() {
        assertEquals(0, run("styles"));
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("classic ")), out.toString());
    }

    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file left behind");
        }
    }
}
