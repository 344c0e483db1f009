package dev.cvpress.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import dev.cvpress.layout.Item;
import dev.cvpress.layout.PagedDocument;
import dev.cvpress.units.Rgb;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentIdTest {
    private static final FontFace FACE = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(false, false);
    private static final Item TEXT = new Item.Text(72, 100, "Ada Okafor", FACE, false, 11, Rgb.BLACK, 60, 1, Optional.empty(), 0);
    private static final Item RULE = new Item.Line(72, 110, 500, 110, 0.5, new Rgb(0x1f, 0x4e, 0x79));
    private static final Item PANEL = new Item.Rect(0, 0, 150, 842, new Rgb(240, 240, 240));
    private static final Item LINK = new Item.Link(72, 120, 80, 12, "https://example.org", 2);

    @Test
    void theSameContentGivesTheSameSixteenBytes() {
        byte[] id = ContentId.of(paged(TEXT, RULE, PANEL, LINK), "engine");
        assertEquals(16, id.length);
        assertArrayEquals(id, ContentId.of(paged(TEXT, RULE, PANEL, LINK), "engine"));
    }

    @Test
    void anyChangeOfTextPositionColourLinkOrEngineChangesIt() {
        byte[] id = ContentId.of(paged(TEXT, RULE, PANEL, LINK), "engine");
        List<byte[]> changed = List.of(
                ContentId.of(paged(TEXT, RULE, PANEL, LINK), "other engine"),
                ContentId.of(paged(new Item.Text(72, 100, "Ada Okafor.", FACE, false, 11, Rgb.BLACK, 60, 1, Optional.empty(), 0),
                        RULE, PANEL, LINK), "engine"),
                ContentId.of(paged(new Item.Text(72, 100.01, "Ada Okafor", FACE, false, 11, Rgb.BLACK, 60, 1, Optional.empty(), 0),
                        RULE, PANEL, LINK), "engine"),
                ContentId.of(paged(TEXT, new Item.Line(72, 110, 500, 110, 0.5, Rgb.BLACK), PANEL, LINK), "engine"),
                ContentId.of(paged(TEXT, RULE, new Item.Rect(0, 0, 151, 842, new Rgb(240, 240, 240)), LINK), "engine"),
                ContentId.of(paged(TEXT, RULE, PANEL, new Item.Link(72, 120, 80, 12, "https://example.com", 2)), "engine"),
                ContentId.of(paged(RULE, TEXT, PANEL, LINK), "engine"));
        for (byte[] other : changed) {
            assertFalse(Arrays.equals(id, other));
        }
    }

    private static PagedDocument paged(Item... items) {
        Document.Info info = new Document.Info("Ada Okafor", "Ada Okafor", "Résumé", "", Optional.empty(), "en");
        return new PagedDocument(new Document.PageSetup(595, 842, 56, 56, 56, 56), info,
                List.of(new PagedDocument.Page(1, List.of(items))), List.of(), List.of());
    }
}
