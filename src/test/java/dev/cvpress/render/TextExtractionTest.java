package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Resume;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.ExpectedText;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two independent extractors (PDFBox, and poppler's pdftotext -raw where installed) find every field in
 * reading order, with no ligature glyphs or private-use characters; names in Polish, Vietnamese,
 * Greek and Cyrillic come out exactly.
 */
class TextExtractionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"examples/resume.json", "src/test/resources/fixtures/unicode.json"})
    void bothExtractorsReadEverythingInOrder(String input) throws Exception {
        Resume resume = Pipeline.read(Path.of(input));
        byte[] pdf = Pipeline.render(resume, "classic", "pdf").bytes();
        ExpectedText expected = new ExpectedText(resume, new StyleLoader().load("classic"));
        for (String text : extractions(pdf)) {
            expected.assertFoundIn(text, c -> Character.getType(c) != Character.OTHER_SYMBOL || c < 0x1F000, input);
            assertTrue(text.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "a ligature glyph in the text");
            assertTrue(text.codePoints().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF), "a private-use character");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łódź", "Zażółć", "Nguyễn Thị Minh Khai", "Αθήνα", "Москва", "東京大学"})
    void scriptsExtractExactly(String word) throws Exception {
        byte[] pdf = Pipeline.render(Pipeline.read(Pipeline.fixture("unicode.json")), "classic", "pdf").bytes();
        for (String text : extractions(pdf)) {
            assertTrue(text.replaceAll("\\s+", " ").contains(word), word + " not in: " + text);
        }
    }

    private List<String> extractions(byte[] pdf) throws Exception {
        Optional<String> poppler = pdftotext(pdf);
        return poppler.isPresent() ? List.of(PdfText.of(pdf), poppler.get()) : List.of(PdfText.of(pdf));
    }

    private Optional<String> pdftotext(byte[] pdf) throws Exception {
        Path file = Files.write(dir.resolve("cv.pdf"), pdf);
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            System.err.println("NOTICE: pdftotext is not installed; only PDFBox extracts the text");
            return Optional.empty();
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), text);
        return Optional.of(text);
    }
}
