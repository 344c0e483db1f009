package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.support.Documents;
import dev.cvpress.support.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 40-position résumé paginates within the margins, with no heading at a page foot and no lone lines. */
class LongResumePaginationTest {
    private static Document composed;
    private static PagedDocument paged;

    @BeforeAll
    static void layOut() {
        Random random = new Random(40);
        StringBuilder work = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            List<String> items = new ArrayList<>();
            for (int h = random.nextInt(6); h >= 0; h--) {
                items.add('"' + sentence(random, 8 + random.nextInt(30)) + '"');
            }
            String highlights = String.join(",", items);
            work.append(i == 0 ? "" : ",").append(String.format(
                    "{\"name\":\"Company %d\",\"position\":\"Engineer grade %d\",\"startDate\":\"%d-01\",\"endDate\":\"%d-12\","
                            + "\"summary\":\"%s\",\"highlights\":[%s]}",
                    i, i, 1980 + i, 1980 + i, sentence(random, 10 + random.nextInt(60)), highlights));
        }
        String json = "{\"basics\":{\"name\":\"Long Career\",\"summary\":\"" + sentence(random, 50) + "\"},\"work\":[" + work + "]}";
        var resume = new Normalizer().normalize(json.getBytes(StandardCharsets.UTF_8), "long.json").resume().orElseThrow();
        composed = Pipeline.compose(resume, "classic");
        paged = new PageLayout(FontCatalog.bundled()).layout(composed);
    }

    @Test
    void textStaysInsideTheMargins() {
        Document.PageSetup page = paged.page();
        for (PagedDocument.Page p : paged.pages()) {
            for (Item.Text t : texts(p)) {
                assertTrue(t.x() >= page.left() - 0.01 && t.x() + t.width() <= page.width() - page.right() + 0.01,
                        "past the side margins on page " + p.number() + ": " + t.text());
                if (t.node() != StructNode.ARTIFACT) {
                    // 0.75 em: the height of capitals and ascenders above the baseline in these faces.
                    assertTrue(t.baseline() - 0.75 * t.size() >= page.top() - 0.01
                                    && t.baseline() <= page.height() - page.bottom(),
                            "past the top or bottom margin on page " + p.number() + ": " + t.text());
                }
            }
        }
        assertTrue(paged.pages().size() >= 8, "40 positions fill many pages: " + paged.pages().size());
    }

    @Test
    void noHeadingOrEntryTitleEndsAPage() {
        for (PagedDocument.Page p : paged.pages().subList(0, paged.pages().size() - 1)) {
            List<Item.Text> content = texts(p).stream().filter(t -> t.node() != StructNode.ARTIFACT).toList();
            Item.Text last = content.get(content.size() - 1);
            String role = paged.structure().get(last.node()).role();
            assertFalse(role.startsWith("H"), "page " + p.number() + " ends with a heading: " + last.text());
            assertFalse(isTitleRow(last.node()), "page " + p.number() + " ends with an entry's title row: " + last.text());
        }
    }

    @Test
    void noParagraphLeavesALoneLineOnAPage() {
        Map<Integer, Map<Integer, Long>> linesPerPage = new TreeMap<>();
        for (PagedDocument.Page p : paged.pages()) {
            Map<Integer, Long> lines = texts(p).stream().filter(t -> t.node() != StructNode.ARTIFACT)
                    .collect(Collectors.groupingBy(t -> paragraphOf(t.node()),
                            Collectors.mapping(Item.Text::baseline, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
            lines.forEach((node, count) -> linesPerPage.computeIfAbsent(node, n -> new TreeMap<>()).put(p.number(), count));
        }
        List<String> lonely = new ArrayList<>();
        linesPerPage.forEach((node, pages) -> {
            if (pages.size() > 1 && pages.values().stream().anyMatch(count -> count < 2)) {
                lonely.add("node " + node + " " + pages);
            }
        });
        assertEquals(List.of(), lonely);
    }

    /** Every job here is shorter than a page: with the limit at a whole page, none is split. */
    @Test
    void noEntryIsSplitWhenEveryEntryKeepsWhole() {
        PagedDocument kept = new PageLayout(FontCatalog.bundled()).layout(Documents.keepingEntries(composed, 1));
        Map<Integer, Set<Integer>> pagesPerEntry = new TreeMap<>();
        for (PagedDocument.Page p : kept.pages()) {
            for (Item.Text t : texts(p)) {
                entryOf(kept, t.node()).ifPresent(e -> pagesPerEntry.computeIfAbsent(e, x -> new TreeSet<>()).add(p.number()));
            }
        }
        assertEquals(40, pagesPerEntry.size());
        pagesPerEntry.forEach((entry, pages) -> assertEquals(1, pages.size(), "entry node " + entry + " on pages " + pages));
    }

    private static Optional<Integer> entryOf(PagedDocument paged, int node) {
        for (int n = node; n >= 0; n = paged.structure().get(n).parent()) {
            if (paged.structure().get(n).role().equals("Div")) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Links are children of the paragraph they sit in; lines are counted per paragraph. */
    private static int paragraphOf(int node) {
        StructNode n = paged.structure().get(node);
        return n.role().equals("Link") ? n.parent() : node;
    }

    private static boolean isTitleRow(int node) {
        StructNode n = paged.structure().get(paragraphOf(node));
        List<StructNode> siblings = paged.structure().stream().filter(s -> s.parent() == n.parent()).toList();
        return paged.structure().get(n.parent()).role().equals("Div") && siblings.indexOf(n) < siblings.size() - 1
                && siblings.indexOf(n) <= 1;
    }

    private static List<Item.Text> texts(PagedDocument.Page page) {
        return page.items().stream().filter(Item.Text.class::isInstance).map(Item.Text.class::cast)
                .filter(t -> !t.text().isBlank()).toList();
    }

    private static String sentence(Random random, int words) {
        String[] vocabulary = {"built", "the", "platform", "latency", "reduced", "by", "teams", "migrated", "services",
            "observability", "throughput", "customers", "reliability", "engineering", "designed", "a", "new", "ledger"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return out.append('.').toString();
    }
}
