package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import dev.cvpress.layout.breaking.BreakWarning;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.ExpectedText;
import dev.cvpress.support.PdfParts;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every résumé we have (our example, the shared seeds, the valid JSON Resume and FRESH corpus
 * files) renders to PDF with every field findable, in reading order, in fonts that are embedded and
 * subset, with links as link annotations.
 */
class RenderCorpusTest {
    private static final Set<String> OVERFLOW = Set.of(BreakWarning.FORCED_BREAK, BreakWarning.OVERFULL_LINE);

    static Stream<org.junit.jupiter.params.provider.Arguments> inputs() {
        return Shared.renderableInEveryStyle();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("inputs")
    void pdfHoldsEveryFieldInReadingOrder(Path input, String style) throws Exception {
        Resume resume = Pipeline.read(input);
        Pipeline.Output pdf = Pipeline.render(resume, style, "pdf");
        assertEquals(List.of(), pdf.warnings().stream().filter(w -> OVERFLOW.contains(w.code())).toList(),
                "a line that had to be cut anywhere, or that passes the margin");

        new ExpectedText(resume, new StyleLoader().load(style))
                .assertFoundIn(PdfText.of(pdf.bytes()), printable(style), style + ": " + input.getFileName());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PdfParts.assertFontsEmbeddedAndSubset(document);
            assertLinksAreAnnotations(document, resume);
            assertEquals(resume.basics().name().isEmpty() ? "Résumé" : resume.basics().name(),
                    document.getDocumentInformation().getTitle());
        }
    }

    private static void assertLinksAreAnnotations(PDDocument document, Resume resume) throws IOException {
        List<String> uris = PdfParts.linkUris(document);
        String email = resume.basics().email();
        if (email.matches("[^\\s@]+@[^\\s@]+")) {
            assertTrue(uris.contains("mailto:" + email), "no mailto link among " + uris);
        }
        if (resume.basics().url().startsWith("https://")) {
            assertTrue(uris.contains(resume.basics().url()), "no link to " + resume.basics().url() + " among " + uris);
        }
        assertFalse(uris.stream().anyMatch(u -> !u.matches("(?i)(https?|mailto|tel):.*")), "unsafe link in " + uris);
    }

    /** Characters some font of the style's chain can show; others are dropped with a warning. */
    private static IntPredicate printable(String id) throws Exception {
        Style style = new StyleLoader().load(id);
        List<FontFace> faces = Stream.concat(Stream.of(style.text().body().family()), style.fonts().fallback().stream())
                .map(f -> FontCatalog.bundled().family(f).orElseThrow().face(false, false))
                .toList();
        return c -> faces.stream().anyMatch(f -> f.covers(c));
    }
}
