package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.compose.Composer;
import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-column (modern) and margin-column (compact, academic) layouts, checked on positioned items. */
class ColumnsAndAsidesTest {
    private static final Resume EXAMPLE = Pipeline.read(Pipeline.example());
    private static final PageLayout LAYOUT = new PageLayout(FontCatalog.bundled());

    private static PagedDocument layout(String style) {
        return LAYOUT.layout(Pipeline.compose(EXAMPLE, style));
    }

    private static List<Item.Text> texts(PagedDocument.Page page) {
        return page.items().stream().filter(Item.Text.class::isInstance).map(Item.Text.class::cast).toList();
    }

    private static Item.Text first(PagedDocument paged, String text) {
        return first(paged, text, 0);
    }

    /** The first text starting with {@code text} at least {@code minX} from the page's left edge. */
    private static Item.Text first(PagedDocument paged, String text, double minX) {
        return paged.pages().stream().flatMap(p -> texts(p).stream())
                .filter(t -> t.text().startsWith(text) && t.x() >= minX)
                .findFirst().orElseThrow(() -> new AssertionError("no text starting \"" + text + "\""));
    }

    @Test
    void columnsThatEndTheDocumentKeepTheirPanelDownToTheFootOfEveryPage() throws Exception {
        PagedDocument paged = layout("modern");
        assertTrue(paged.pages().size() > 1, "the example runs over pages in modern");
        List<Double> feet = paged.pages().stream().map(p -> p.items().stream().filter(Item.Rect.class::isInstance)
                .map(Item.Rect.class::cast).mapToDouble(r -> r.top() + r.height()).max().orElseThrow()).toList();
        assertEquals(1, feet.stream().distinct().count(), "panel feet by page: " + feet);
        assertTrue(feet.get(0) > paged.page().height() - paged.page().bottom(), "reaches the bottom margin: " + feet);
    }

    @Test
    void theSidebarSitsOnItsPanelAndTheMainColumnBesideIt() throws Exception {
        Style style = new StyleLoader().load("modern");
        PagedDocument paged = layout("modern");
        Document.PageSetup page = paged.page();
        double panelRight = page.left() + style.sidebar().width().points();
        for (PagedDocument.Page p : paged.pages()) {
            List<Item.Rect> panels = p.items().stream().filter(Item.Rect.class::isInstance).map(Item.Rect.class::cast)
                    .toList();
            assertEquals(1, panels.size(), "one panel on page " + p.number());
            Item.Rect panel = panels.get(0);
            assertEquals(page.left(), panel.x(), 0.01);
            assertEquals(panelRight, panel.x() + panel.width(), 0.01);
            int firstInColumns = p.items().indexOf(texts(p).stream().filter(t -> t.x() > page.left() + 1).filter(
                    t -> p.number() > 1 || t.baseline() > panel.top()).findFirst().orElseThrow());
            assertTrue(p.items().indexOf(panel) < firstInColumns, "the panel is painted under the columns' text");
        }
        Item.Text skill = first(paged, "Backend Development");
        Item.Text email = first(paged, "zoe.halvorsen@example.com");
        Item.Text job = first(paged, "Staff Backend Engineer", panelRight);
        double padding = style.sidebar().padding().points();
        for (Item.Text side : List.of(skill, email)) {
            assertEquals(page.left() + padding, side.x(), 0.01, side.text());
        }
        assertEquals(panelRight + style.sidebar().gap().points(), job.x(), 0.01, "the main column starts after the gap");
        assertTrue(job.baseline() < first(paged, "Backend Development").baseline() + 400,
                "both columns start on page 1 below the header");
        for (PagedDocument.Page p : paged.pages()) {
            double columnsTop = p.items().stream().filter(Item.Rect.class::isInstance).map(Item.Rect.class::cast)
                    .mapToDouble(Item.Rect::top).min().orElseThrow();
            for (Item.Text t : texts(p).stream().filter(t -> t.baseline() > columnsTop).toList()) {
                boolean inSidebar = t.x() < panelRight;
                if (inSidebar) {
                    assertTrue(t.x() + t.width() <= panelRight - padding + 0.01, "past the panel: " + t.text());
                } else {
                    assertTrue(t.x() + t.width() <= page.width() - page.right() + 0.01, "past the margin: " + t.text());
                }
            }
        }
    }

    /** The sidebar is too narrow for a run-on list: each language starts a line at the column's left edge. */
    @Test
    void inTheSidebarEachLanguageHasALine() {
        PagedDocument paged = layout("modern");
        List<Item.Text> languages = List.of(first(paged, "English"), first(paged, "Dutch"), first(paged, "Norwegian"));
        assertEquals(1, languages.stream().mapToDouble(Item.Text::x).distinct().count(), "one left edge: " + languages);
        assertTrue(languages.get(0).baseline() < languages.get(1).baseline()
                && languages.get(1).baseline() < languages.get(2).baseline(), "one below the other: " + languages);
    }

    @Test
    void theHeaderLeavesTheContactLineToTheContactSection() {
        Document document = Pipeline.compose(EXAMPLE, "modern");
        long emails = LAYOUT.layout(document).pages().stream().flatMap(p -> texts(p).stream())
                .filter(t -> t.text().contains("zoe.halvorsen@example.com")).count();
        assertEquals(1, emails, "the e-mail address once, in the sidebar");
    }

    @Test
    void compactSetsEachEntrysDatesInTheLeftColumnWithoutOverlap() throws Exception {
        Style style = new StyleLoader().load("compact");
        PagedDocument paged = layout("compact");
        double left = paged.page().left();
        double aside = style.entries().get("work").asideWidth().points();
        Item.Text title = first(paged, "Staff Backend Engineer,");
        assertEquals(left + aside, title.x(), 0.01, "entries start after the date column");
        Item.Text date = first(paged, "Mar\u00A02021");
        assertEquals(left, date.x(), 0.01, "dates stand at the margin");
        assertEquals(title.baseline(), date.baseline(), 0.01, "level with the entry's title");
        for (PagedDocument.Page p : paged.pages()) {
            List<Item.Text> column = texts(p).stream().filter(t -> t.x() < left + aside - 0.01)
                    .filter(t -> t.text().strip().matches("(\\p{L}{3}\u00A0)?\\d{4}(\u00A0–)?|Present")).toList();
            assertFalse(p.number() == 1 && column.isEmpty(), "no dates in the left column");
            for (Item.Text t : column) {
                assertTrue(t.x() + t.width() <= left + aside, "a date runs into its entry: " + t.text());
            }
            Map<Double, Item.Text> byBaseline = new HashMap<>();
            for (Item.Text t : texts(p)) {
                Item.Text other = byBaseline.put(Math.rint(t.baseline() * 100) / 100, t);
                assertFalse(other != null && overlaps(other, t), () -> "\"" + other.text() + "\" overlaps \"" + t.text() + "\"");
            }
        }
    }

    @Test
    void aCompactEntryWithoutDatesStartsInTheColumnTheOthersStartIn(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("resume.json"), """
                {"basics": {"name": "Ada Okafor"},
                 "education": [{"institution": "Rijnwaard University", "studyType": "MSc", "area": "Physics",
                                "startDate": "2010-09", "endDate": "2012-06"},
                               {"institution": "Noordhaven College", "studyType": "BSc", "area": "Mathematics"}]}
                """);
        PagedDocument paged = LAYOUT.layout(Pipeline.compose(Pipeline.read(input), "compact"));
        assertEquals(first(paged, "MSc").x(), first(paged, "BSc").x(), "the undated entry lines up with the dated one");
        assertTrue(first(paged, "BSc").x() > paged.page().left() + 60, "right of the empty date column");
    }

    /** A reference is a quote and a name, without a title row; the entry's space still keeps references apart. */
    @Test
    void entriesWithoutATitleRowKeepTheEntrySpaceBetweenThem() {
        PagedDocument paged = layout("classic");
        double gap = first(paged, "“Her ledger").baseline() - first(paged, "— Maarten").baseline();
        assertTrue(gap > 20, "the second reference starts 7 pt further down than a next line would: " + gap);
    }

    /** The footer repeats the name; a name too wide for a line is reported once, at its field. */
    @Test
    void aNameWiderThanALineIsReportedOnceThoughTheFooterRepeatsIt(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("resume.json"), "{\"basics\": {\"name\": \"" + "x".repeat(300) + "\"}}");
        PagedDocument paged = LAYOUT.layout(Pipeline.compose(Pipeline.read(input), "classic"));
        var wide = paged.warnings().stream().filter(w -> w.message().contains("wider than a line")).toList();
        assertEquals(1, wide.size(), wide.toString());
        assertEquals("/basics/name", wide.get(0).pointer());
    }

    @Test
    void anAsideLongerThanItsEntryPushesTheNextEntryDown() throws Exception {
        Resume resume = Pipeline.read(Pipeline.fixture("one-line-entries.json"));
        PagedDocument paged = LAYOUT.layout(Pipeline.compose(resume, "compact"));
        List<Item.Text> column = texts(paged.pages().get(0)).stream()
                .filter(t -> t.x() < paged.page().left() + 1).filter(t -> t.size() < 9).toList();
        for (int i = 1; i < column.size(); i++) {
            double gap = column.get(i).baseline() - column.get(i - 1).baseline();
            assertTrue(gap >= column.get(i).size(), "date lines too close: \"" + column.get(i - 1).text() + "\" / \""
                    + column.get(i).text() + "\" (" + gap + " pt)");
        }
    }

    @Test
    void academicNumbersPublications() {
        PagedDocument paged = layout("academic");
        Item.Text one = first(paged, "[1]");
        Item.Text two = first(paged, "[2]");
        Item.Text title = first(paged, "Moving Money Without Moving Twice");
        assertEquals(paged.page().left(), one.x(), 0.01);
        assertEquals(one.baseline(), title.baseline(), 0.01);
        assertTrue(two.baseline() > one.baseline() || paged.pages().stream().anyMatch(p -> texts(p).contains(two)));
    }

    @Test
    void aTemplateNamingAFieldTheSectionLacksIsAStyleError() throws Exception {
        Style compact = new StyleLoader().load("compact");
        Map<String, Style.Entry> entries = new HashMap<>(compact.entries());
        Style.Entry work = entries.get("work");
        entries.put("work", new Style.Entry("{postion}", work.titleRight(), work.subtitle(), work.subtitleRight(),
                work.aside(), work.asideWidth(), work.body()));
        Style broken = new Style(compact.id(), compact.description(), compact.page(), compact.colors(), compact.fonts(),
                compact.text(), compact.headingRule(), compact.bullets(), compact.contact(), compact.dates(),
                compact.footer(), compact.pagination(), compact.labels(), compact.sections(), compact.sidebar(), entries);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Composer().compose(EXAMPLE, broken));
        assertTrue(e.getMessage().contains("entries.work names \"postion\"") && e.getMessage().contains("position"),
                e.getMessage());
    }

    private static boolean overlaps(Item.Text a, Item.Text b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width();
    }
}
