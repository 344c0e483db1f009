package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.Item;
import dev.cvpress.layout.PageLayout;
import dev.cvpress.layout.PagedDocument;
import dev.cvpress.model.Resume;
import dev.cvpress.support.Documents;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PdfOutputTest {

    @Test
    void theSameInputGivesTheSameBytes() {
        Resume resume = Pipeline.read(Pipeline.example());
        assertArrayEquals(Pipeline.render(resume, "classic", "pdf").bytes(), Pipeline.render(resume, "classic", "pdf").bytes());
    }

    @Test
    void aResumeWithoutNamesHasNoEmptyHeadingsOrStraySeparators() {
        Path seed = Shared.require("seeds").resolve("000_6ea5b9323f1ffe7a.resume.json");
        String text = PdfText.of(Pipeline.render(Pipeline.read(seed), "classic", "pdf").bytes());
        for (String line : text.lines().map(String::strip).toList()) {
            assertFalse(line.matches("^[·|].*|.*[·|]$|.*\\s(at|\\|)$|^(at|\\|)\\s.*"), "stray separator: " + line);
        }
        assertFalse(text.contains("··") || text.contains(" ,"), text);
        assertTrue(text.startsWith("PROFILE"), "without a name the page starts with the first section: " + text.substring(0, 40));
    }

    @Test
    void charactersNoFontHasAreReportedNotDrawnAsBoxes() {
        Resume resume = Pipeline.read(Pipeline.fixture("unicode.json"));
        Pipeline.Output pdf = Pipeline.render(resume, "classic", "pdf");
        String text = PdfText.of(pdf.bytes());
        for (String word : List.of("Łódź", "Zażółć", "Nguyễn", "Αθήνα", "Москва", "東京大学")) {
            assertTrue(text.contains(word), word + " missing from: " + text);
        }
        assertEquals(1, pdf.warnings().size(), pdf.warnings().toString());
        assertTrue(pdf.warnings().get(0).message().contains("U+1F680"), pdf.warnings().toString());
        assertEquals("/basics/label", pdf.warnings().get(0).pointer());
    }

    @Test
    void aMissingCharacterIsReportedOncePerFieldItIsIn() {
        String json = """
                {"basics": {"name": "Ada 😀", "summary": "Happy 😀"},
                 "work": [{"name": "Acme", "highlights": ["Shipped it", "On time", "Everyone 😀, twice 😀"]}]}""";
        Pipeline.Output pdf = Pipeline.render(new dev.cvpress.normalize.ResumeReader()
                .read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).resume().orElseThrow(), "classic", "pdf");
        // the footer repeats the name, but the name's field was named already
        assertEquals(List.of("/basics/name", "/basics/summary", "/work/0/highlights/2"),
                pdf.warnings().stream().map(w -> w.pointer()).toList());
        assertTrue(pdf.warnings().get(2).format("cv.json")
                .startsWith("cv.json: warning: /work/0/highlights/2: no bundled font has U+1F600"), pdf.warnings().toString());
    }

    /**
     * Every line ends in the PDF where layout says it does: kerning, and a justified line's widened
     * spaces, are painted as measured (checked from PDFBox's glyph positions).
     */
    @Test
    void linesArePaintedAsWideAsTheyWereMeasured() throws Exception {
        Document document = Documents.justified(Documents.narrow(Pipeline.compose(Pipeline.read(Pipeline.example()),
                "classic"), 330));
        PagedDocument paged = new PageLayout(FontCatalog.bundled()).layout(document);
        assertTrue(paged.pages().stream().flatMap(p -> p.items().stream())
                .anyMatch(i -> i instanceof Item.Text t && t.wordSpacing() > 0.5), "some spaces were widened");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Pipeline.render(document, "pdf").bytes())) {
            for (PagedDocument.Page page : paged.pages()) {
                Map<Long, Double> measured = new TreeMap<>();
                // the rest of a hyphenated word extracts as nothing, so it has no glyph positions
                page.items().stream().filter(Item.Text.class::isInstance).map(Item.Text.class::cast)
                        .filter(t -> !t.actualText().equals(Optional.of("")))
                        .forEach(t -> measured.merge(Math.round(t.baseline()), t.x() + t.width(), Math::max));
                var painted = new WordBoxes();
                painted.setStartPage(page.number());
                painted.setEndPage(page.number());
                painted.getText(doc);
                assertEquals(measured.keySet(), painted.lineEnds.keySet(), "page " + page.number());
                measured.forEach((baseline, end) -> assertEquals(end, painted.lineEnds.get(baseline), 0.05,
                        "page " + page.number() + ", line at " + baseline));
            }
        }
    }

    @Test
    void aLongUnbrokenWordStaysInsideTheMargins() throws Exception {
        String url = "https://example.org/" + "a".repeat(300);
        String json = "{\"basics\":{\"name\":\"Ada\",\"summary\":\"See " + url + " for more\"}}";
        var resume = new dev.cvpress.normalize.ResumeReader().read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .resume().orElseThrow();
        Pipeline.Output pdf = Pipeline.render(resume, "classic", "pdf");
        assertTrue(PdfText.of(pdf.bytes()).replaceAll("\\s", "").contains(url), "the whole URL is there");
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.code().equals("FORCED_BREAK")), pdf.warnings().toString());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            var stripper = new WordBoxes();
            stripper.getText(doc);
            double right = doc.getPage(0).getMediaBox().getWidth();
            assertTrue(stripper.maxX < right - 50, "text reaches x=" + stripper.maxX);
        }
    }

    /** Records the right edge of every glyph PDFBox extracts, and of each line (by baseline). */
    private static final class WordBoxes extends org.apache.pdfbox.text.PDFTextStripper {
        double maxX;
        final Map<Long, Double> lineEnds = new TreeMap<>();

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
            for (var p : positions) {
                double end = p.getXDirAdj() + p.getWidthDirAdj();
                maxX = Math.max(maxX, end);
                lineEnds.merge(Math.round((double) p.getYDirAdj()), end, Math::max);
            }
        }
    }
}
