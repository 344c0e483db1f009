package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.doc.Document;
import dev.cvpress.doc.Tightened;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.support.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A last page of a few lines is pulled back onto the page before by tighter spacing, and only then. */
class PageFitTest {
    private static final PageLayout LAYOUT = new PageLayout(FontCatalog.bundled());

    /** In academic the example's fourth page held one three-line reference. */
    @Test
    void aRuntLastPageIsPulledBackWithFourFifthsOfTheSpacing() {
        Document academic = Pipeline.compose(Pipeline.read(Pipeline.example()), "academic");
        PagedDocument fitted = LAYOUT.layout(academic);
        assertEquals(3, fitted.pages().size());
        assertEquals(4, LAYOUT.inPages(academic).pages().size(), "with the style's spacing it takes four");
        assertEquals(baselines(LAYOUT.inPages(Tightened.of(academic, 0.8))), baselines(fitted), "four fifths of it");
    }

    @Test
    void aWellFilledLastPageLeavesTheSpacingAlone() {
        Document classic = Pipeline.compose(Pipeline.read(Pipeline.example()), "classic");
        assertEquals(baselines(LAYOUT.inPages(classic)), baselines(LAYOUT.layout(classic)));
    }

    private static List<Double> baselines(PagedDocument paged) {
        return paged.pages().stream().flatMap(p -> p.items().stream()).filter(Item.Text.class::isInstance)
                .map(i -> ((Item.Text) i).baseline()).toList();
    }
}
