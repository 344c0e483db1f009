package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.support.Documents;
import dev.cvpress.support.DocxText;
import dev.cvpress.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Where a job that does not fit on what is left of the page goes: classic moves an entry up to a
 * quarter of a page tall whole to the next page, and lets a taller one split where it stands,
 * rather than leave much of a page empty. Word is told the same, through keep-with-next.
 */
class EntryKeepingTest {
    /** Three short jobs, then one of 30 one-line highlights (over half an A4 page), then a short one. */
    private static final Document DOCUMENT = Pipeline.compose(resume(), "classic");
    private static final PageLayout LAYOUT = new PageLayout(FontCatalog.bundled());

    @Test
    void anEntryTallerThanTheLimitSplitsWhereItStands() {
        PagedDocument paged = LAYOUT.layout(DOCUMENT);
        assertEquals(List.of(1, 2), List.copyOf(pagesOf(paged, "Long Haul")), "the long job starts on page 1");
        assertEquals(List.of(1), List.copyOf(pagesOf(paged, "Short 2")), "a short job stays whole");
        assertEquals(List.of(2), List.copyOf(pagesOf(paged, "After")));
    }

    @Test
    void withTheLimitAtAWholePageTheSameEntryMovesWhole() {
        PagedDocument paged = LAYOUT.layout(Documents.keepingEntries(DOCUMENT, 1));
        assertEquals(List.of(2), List.copyOf(pagesOf(paged, "Long Haul")));
    }

    @Test
    void wordKeepsTheParagraphsOfTheSameEntriesTogether() {
        List<XWPFParagraph> split = entry(DOCUMENT, "Long Haul");
        assertTrue(keptWithNext(split) <= 2, "split in the PDF, so free to split in Word past its title rows");
        List<XWPFParagraph> whole = entry(Documents.keepingEntries(DOCUMENT, 1), "Long Haul");
        assertEquals(whole.size() - 1, keptWithNext(whole), "kept whole: each paragraph but the last keeps with the next");
        List<XWPFParagraph> shortOne = entry(DOCUMENT, "Short 2");
        assertEquals(shortOne.size() - 1, keptWithNext(shortOne), "a short job keeps whole in Word too");
    }

    /** The pages holding text of the entry whose title row starts with {@code title}. */
    private static SortedSet<Integer> pagesOf(PagedDocument paged, String title) {
        int entry = paged.pages().stream().flatMap(p -> p.items().stream()).filter(Item.Text.class::isInstance)
                .map(Item.Text.class::cast).filter(t -> t.text().startsWith(title)).map(t -> divOf(paged, t.node()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry titled " + title));
        return paged.pages().stream().filter(p -> p.items().stream().anyMatch(
                        i -> i instanceof Item.Text t && !t.text().isBlank() && t.node() >= 0 && divOf(paged, t.node()) == entry))
                .map(PagedDocument.Page::number).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int divOf(PagedDocument paged, int node) {
        StructNode n = paged.structure().get(node);
        while (!n.role().equals("Div") && n.parent() >= 0) {
            n = paged.structure().get(n.parent());
        }
        return n.id();
    }

    /** The DOCX paragraphs of the entry whose title row starts with {@code title}, up to the next title row. */
    private static List<XWPFParagraph> entry(Document document, String title) {
        XWPFDocument docx = DocxText.open(Pipeline.render(document, "docx").bytes());
        List<XWPFParagraph> paragraphs = DocxText.paragraphs(docx);
        int start = IntStream.range(0, paragraphs.size()).filter(i -> paragraphs.get(i).getText().startsWith(title))
                .findFirst().orElseThrow();
        String titleStyle = paragraphs.get(start).getStyle();
        int end = IntStream.range(start + 1, paragraphs.size())
                .filter(i -> titleStyle.equals(paragraphs.get(i).getStyle())).findFirst().orElse(paragraphs.size());
        return paragraphs.subList(start, end);
    }

    /** Paragraphs set to keep with the next, directly (an entry's rows also keep by their style). */
    private static long keptWithNext(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().filter(p -> p.getCTPPr() != null && p.getCTPPr().isSetKeepNext()
                && p.getCTPPr().getKeepNext().getVal() == null).count();
    }

    private static dev.cvpress.model.Resume resume() {
        StringBuilder work = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            work.append(job("Short " + i, 4)).append(',');
        }
        work.append(job("Long Haul", 30)).append(',').append(job("After", 2));
        String json = "{\"basics\":{\"name\":\"Kept Whole\",\"summary\":\"" + "Builds storage systems. ".repeat(12)
                + "\"},\"work\":[" + work + "]}";
        return new Normalizer().normalize(json.getBytes(StandardCharsets.UTF_8), "kept.json").resume().orElseThrow();
    }

    private static String job(String name, int highlights) {
        String items = IntStream.rangeClosed(1, highlights).mapToObj(h -> "\"Shipped release " + h + " of the ledger\"")
                .collect(Collectors.joining(","));
        return "{\"name\":\"Ledger Works\",\"position\":\"" + name + "\",\"startDate\":\"2020-01\",\"highlights\":[" + items + "]}";
    }
}
