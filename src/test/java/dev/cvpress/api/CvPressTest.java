package dev.cvpress.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Severity;
import dev.cvpress.style.StyleException;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvPressTest {
    private static final List<String> STYLES = List.of("classic", "modern", "compact");
    private static final List<String> FORMATS = List.of("pdf", "docx");
    private final CvPress cvpress = CvPress.builder().defaultDate(Instant.parse("2024-01-02T03:04:05Z")).build();

    @TempDir
    Path dir;

    /** Every style × format rendered from four threads at once gives the bytes one thread gives. */
    @Test
    void rendersFromFourThreadsExactlyAsFromOne() throws Exception {
        Reading reading = cvpress.read(Pipeline.example());
        List<Renderer> renderers = new ArrayList<>();
        for (String style : STYLES) {
            for (String format : FORMATS) {
                renderers.add(cvpress.renderer(RenderOptions.of(style, format)));
            }
        }
        List<byte[]> expected = new ArrayList<>();
        for (Renderer renderer : renderers) {
            expected.add(bytes(renderer, reading));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Renderer renderer : renderers) {
                    // Each task reads the input itself too, so normalizing runs concurrently as well.
                    results.add(pool.submit(() -> bytes(renderer, cvpress.read(Pipeline.example()))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                Renderer renderer = renderers.get(i % renderers.size());
                assertArrayEquals(expected.get(i % renderers.size()), results.get(i).get(),
                        renderer.style() + " " + renderer.format());
            }
        } finally {
            pool.shutdownNow();
        }
        String name = cvpress.read(Pipeline.example()).resume().orElseThrow().basics().name();
        assertTrue(PdfText.of(expected.get(0)).contains(name));
        assertTrue(DocxText.of(DocxText.open(expected.get(1))).contains(name));
    }

    @Test
    void rendersAFileToAFileAtomically() throws Exception {
        Path target = dir.resolve("cv.pdf");
        RenderResult result = cvpress.render(Pipeline.example(), "classic", "pdf", target);
        assertTrue(result.written());
        assertEquals("%PDF-", new String(Files.readAllBytes(target), 0, 5, StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aReadingWithErrorsWritesNothingAndSaysWhere() throws Exception {
        Path target = dir.resolve("bad.pdf");
        RenderResult result = cvpress.render(Pipeline.fixture("malformed.json"), "classic", "pdf", target);
        assertFalse(result.written());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR && d.line() == 4),
                result.toString());
        assertFalse(Files.exists(target));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertFalse(cvpress.render("{\"basics\": 3}".getBytes(StandardCharsets.UTF_8), "x.json", "classic", "pdf", out)
                .written());
        assertEquals(0, out.size());
    }

    @Test
    void unknownStylesAndFormatsAreRefusedUpFront() {
        StyleException style = assertThrows(StyleException.class,
                () -> cvpress.renderer(RenderOptions.of("nope", "pdf")));
        assertTrue(style.getMessage().contains("classic"), style.getMessage());
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> cvpress.renderer(RenderOptions.of("classic", "odt")));
        assertTrue(format.getMessage().contains("docx"), format.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> cvpress.renderer(RenderOptions.of("classic", "docx").withAttachedJson(true)));
        assertThrows(IllegalArgumentException.class, () -> RenderOptions.of("classic", "pdf").withLanguage("english!"));
        assertTrue(cvpress.styles().containsAll(STYLES));
    }

    /** With a language cvpress has words for, headings, labels and dates are in it, in PDF and DOCX alike. */
    @Test
    void aResumeRenderedInGermanHasGermanHeadingsAndDates() throws Exception {
        Reading reading = cvpress.read(Pipeline.example());
        String pdf = PdfText.of(bytes(cvpress.renderer(RenderOptions.of("compact", "pdf").withLanguage("de")), reading));
        String docx = DocxText.of(DocxText.open(bytes(cvpress.renderer(RenderOptions.of("classic", "docx").withLanguage("de")), reading)));
        for (String text : List.of(pdf, docx)) {
            assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("berufserfahrung"), text);
            assertTrue(text.contains("heute"), text);
            assertTrue(text.contains("Note:"), text);
            assertFalse(text.contains("Present"), text);
        }
        for (String text : List.of(pdf, docx)) {
            assertTrue(text.replace('\u00A0', ' ').contains("Sept. 2019"), "German month names: " + text);
        }
    }

    private static byte[] bytes(Renderer renderer, Reading reading) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(renderer.render(reading, out).written());
        return out.toByteArray();
    }
}
