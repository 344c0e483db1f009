package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.model.Resume;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.ExpectedText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every résumé renders to a DOCX that, reopened with POI, holds every field in reading order, uses
 * only paragraph styles it defines, and makes bullets real Word numbering.
 */
class DocxCorpusTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> inputs() {
        return Shared.renderableInEveryStyle();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("inputs")
    void docxHoldsEveryFieldWithRealStylesAndNumbering(Path input, String style) throws Exception {
        Resume resume = Pipeline.read(input);
        try (XWPFDocument docx = DocxText.open(Pipeline.render(resume, style, "docx").bytes())) {
            new ExpectedText(resume, new StyleLoader().load(style))
                    .assertFoundIn(DocxText.of(docx), c -> true, style + ": " + input.getFileName() + " (docx)");
            for (XWPFParagraph paragraph : DocxText.paragraphs(docx)) {
                String id = paragraph.getStyleID();
                assertNotNull(id, "a paragraph without a named style: " + paragraph.getText());
                assertTrue(docx.getStyles().styleExist(id), "style " + id + " used but not defined");
            }
            List<XWPFParagraph> bullets = DocxText.paragraphs(docx).stream()
                    .filter(p -> "ListBullet".equals(p.getStyleID())).toList();
            boolean hasHighlights = resume.work().stream().anyMatch(w -> !w.highlights().isEmpty())
                    || resume.projects().stream().anyMatch(p -> !p.highlights().isEmpty())
                    || resume.volunteer().stream().anyMatch(v -> !v.highlights().isEmpty());
            assertEquals(hasHighlights, !bullets.isEmpty(), "bullets exactly when there are highlights");
            for (XWPFParagraph bullet : bullets) {
                assertNotNull(bullet.getNumID(), "a bullet that is not Word numbering: " + bullet.getText());
                assertEquals("bullet", bullet.getNumFmt(), bullet.getText());
            }
            if (!resume.basics().name().isEmpty()) {
                assertEquals(resume.basics().name(), docx.getProperties().getCoreProperties().getTitle());
            }
        }
    }
}
