package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Resume;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.nio.file.Path;
import java.util.List;
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

    /** Records the right edge of every glyph PDFBox extracts. */
    private static final class WordBoxes extends org.apache.pdfbox.text.PDFTextStripper {
        double maxX;

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
            positions.forEach(p -> maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj()));
        }
    }
}
