package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.Item;
import dev.cvpress.layout.PageLayout;
import dev.cvpress.layout.PagedDocument;
import dev.cvpress.model.Resume;
import dev.cvpress.normalize.ResumeReader;
import dev.cvpress.support.PdfParts;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenPDF engine paints the pages the PDFBox engine paints: for every résumé in every style the
 * same page count, the same lines in the same order (extracted by PDFBox), the same links, bookmarks
 * and properties, every glyph where layout put it with its Unicode, and fonts embedded as subsets.
 */
class OpenPdfEngineTest {
    /** Text matrices are floats, and OpenPDF writes five decimals: far below what a printer shows. */
    private static final double TOLERANCE = 0.002;

    static Stream<Arguments> inputs() {
        return Shared.renderableInEveryStyle();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("inputs")
    void paintsWhatPdfBoxPaints(Path input, String style) throws IOException {
        assertSamePages(Pipeline.read(input), style);
    }

    /** Greek, Cyrillic, Vietnamese and CJK come from the fallback fonts, one of which has 256 units per em. */
    @Test
    void fallbackFontsLandWhereLayoutPutThemToo() throws IOException {
        assertSamePages(Pipeline.read(Pipeline.fixture("unicode.json")), "classic");
    }

    /**
     * The fallback font has 256 units per em, so the baht sign's advance is no whole thousandth of an
     * em, as OpenPDF's widths are: each one needs a correction, or the next lands 0.008 pt off.
     */
    @Test
    void glyphsWhoseWidthIsNoWholeThousandthStayInPlace() throws IOException {
        String json = "{\"basics\":{\"name\":\"Ada\",\"summary\":\"Fees: \u0E3F\u0E3F\u0E3F\u0E3F\u0E3F\u0E3F\u0E3F\u0E3F\"}}";
        Resume resume = new ResumeReader().read(json.getBytes(StandardCharsets.UTF_8)).resume().orElseThrow();
        assertSamePages(resume, "classic");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Resume resume = Pipeline.read(Pipeline.example());
        assertArrayEquals(Pipeline.render(resume, "classic", "pdf-openpdf").bytes(),
                Pipeline.render(resume, "classic", "pdf-openpdf").bytes());
    }

    private static void assertSamePages(Resume resume, String style) throws IOException {
        byte[] openpdf = Pipeline.render(resume, style, "pdf-openpdf").bytes();
        try (PDDocument expected = Loader.loadPDF(Pipeline.render(resume, style, "pdf").bytes());
                PDDocument actual = Loader.loadPDF(openpdf)) {
            assertEquals(expected.getNumberOfPages(), actual.getNumberOfPages(), "page count");
            for (int page = 1; page <= expected.getNumberOfPages(); page++) {
                assertEquals(lines(expected, page), lines(actual, page), "lines of page " + page);
            }
            PdfParts.assertFontsEmbeddedAndSubset(actual);
            assertEquals(PdfParts.linkUris(expected), PdfParts.linkUris(actual), "links");
            assertEquals(PdfParts.bookmarks(expected), PdfParts.bookmarks(actual), "bookmarks");
            assertSameProperties(expected.getDocumentInformation(), actual.getDocumentInformation());
            assertEquals(expected.getDocumentCatalog().getLanguage(), actual.getDocumentCatalog().getLanguage());
            assertGlyphsWhereLayoutPutThem(new PageLayout(FontCatalog.bundled()).layout(Pipeline.compose(resume, style)),
                    actual);
        }
    }

    private static List<String> lines(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).lines().toList();
    }

    private static void assertSameProperties(PDDocumentInformation expected, PDDocumentInformation actual) {
        assertEquals(expected.getTitle(), actual.getTitle(), "title");
        assertEquals(expected.getAuthor(), actual.getAuthor(), "author");
        assertEquals(expected.getSubject(), actual.getSubject(), "subject");
        assertEquals(expected.getKeywords(), actual.getKeywords(), "keywords");
        assertEquals(expected.getCreationDate(), actual.getCreationDate(), "creation date (from the résumé, never the clock)");
        assertEquals(expected.getModificationDate(), actual.getModificationDate(), "modification date");
    }

    /**
     * Each painted glyph, in painting order, is the glyph of the next character of layout's items (as
     * its Unicode map says), at the item's baseline and at its x plus the kerned width of the text
     * before it.
     */
    /**
     * How far layout moves on after a glyph: its advance, plus a justified line's word spacing
     * after a space, or the kerning with the next glyph within a word (never across a space).
     */
    private static double advance(Item.Text text, int cp, int next) {
        double advance = text.face().width(Character.toString(cp), text.size());
        if (next >= text.text().length()) {
            return advance;
        }
        int following = text.text().codePointAt(next);
        return advance + (cp == ' ' ? text.wordSpacing()
                : following == ' ' ? 0 : text.face().kerning(cp, following, text.size()));
    }

    private static void assertGlyphsWhereLayoutPutThem(PagedDocument paged, PDDocument pdf) throws IOException {
        for (PagedDocument.Page page : paged.pages()) {
            Iterator<TextPosition> glyphs = painted(pdf, page.number()).iterator();
            float height = (float) paged.page().height();
            for (Item item : page.items()) {
                if (!(item instanceof Item.Text text)) {
                    continue;
                }
                String s = text.text();
                double x = text.x();
                for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                    int cp = s.codePointAt(i);
                    String glyph = Character.toString(cp);
                    String where = "page " + page.number() + ", \"" + s + "\" at " + i;
                    assertTrue(glyphs.hasNext(), "nothing painted for " + where);
                    TextPosition position = glyphs.next();
                    // A glyph has one Unicode: a no-break space reads as a space, or the other way round.
                    assertEquals(text.face().glyphId(glyph.codePointAt(0)),
                            text.face().glyphId(position.getUnicode().codePointAt(0)), where + ": " + position);
                    assertEquals(x, position.getTextMatrix().getTranslateX(), TOLERANCE, where);
                    assertEquals(height - text.baseline(), position.getTextMatrix().getTranslateY(), TOLERANCE, where);
                    x += advance(text, cp, i + Character.charCount(cp));
                }
            }
            assertTrue(!glyphs.hasNext(), "page " + page.number() + " paints more than layout placed");
        }
    }

    /** Every glyph of a page as PDFBox reads it, in content-stream order, none merged or dropped. */
    private static List<TextPosition> painted(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper reader = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        reader.setStartPage(page);
        reader.setEndPage(page);
        reader.getText(pdf);
        return glyphs;
    }
}
