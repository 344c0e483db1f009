package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cvpress.doc.Document;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.support.Pipeline;
import org.junit.jupiter.api.Test;

/** A last page of a few lines is pulled back onto the page before by tighter spacing, and only then. */
class PageFitTest {
    private static final PageLayout LAYOUT = new PageLayout(FontCatalog.bundled());

    /** In academic the example's fourth page held one three-line reference. */
    @Test
    void aRuntLastPageIsPulledBackWithFourFifthsOfTheSpacing() {
        Document academic = Pipeline.compose(Pipeline.read(Pipeline.example()), "academic");
        assertEquals(3, LAYOUT.layout(academic).pages().size());
        Document fitted = LAYOUT.fitted(academic);
        ParagraphStyle before = heading(academic);
        ParagraphStyle after = heading(fitted);
        assertEquals(before.spaceBefore() * 0.8, after.spaceBefore(), 1e-9);
        assertEquals(before.spaceAfter() * 0.8, after.spaceAfter(), 1e-9);
        assertEquals(before.lineHeight(), after.lineHeight(), "lines keep their height");
        assertEquals(before.text(), after.text(), "and their size");
        assertEquals(3, LAYOUT.layout(fitted).pages().size(), "the fitted document is what was laid out");
    }

    @Test
    void aWellFilledLastPageLeavesTheSpacingAlone() {
        Document classic = Pipeline.compose(Pipeline.read(Pipeline.example()), "classic");
        assertSame(classic, LAYOUT.fitted(classic));
    }

    private static ParagraphStyle heading(Document document) {
        return document.styles().stream().filter(ParagraphStyle::isHeading).findFirst().orElseThrow();
    }
}
