package dev.cvpress.layout;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.Tightened;
import dev.cvpress.fonts.FontCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Document → pages: measures with the bundled fonts, breaks lines, paginates, and adds the page
 * numbers. The result is what every paged exporter paints, so their line and page breaks agree.
 */
public final class PageLayout {
    /**
     * Smallest space between texts set side by side (a row's left and flush-right text, an aside and
     * its entry), in ems of the row's or the aside's size; a flow exporter keeps the same space.
     */
    public static final double SIDE_GAP_EM = 1.0;
    /** A last page filled less than this is a runt, worth pulling back onto the page before. */
    private static final double RUNT_PAGE = 0.2;
    /** The spacing tried for that, as shares of the style's, loosest first. */
    private static final double[] TIGHTER_SPACING = {0.8, 0.6};
    private final FontCatalog fonts;

    public PageLayout(FontCatalog fonts) {
        this.fonts = fonts;
    }

    /**
     * The document in pages. A last page that would hold only a few lines (under a fifth of its
     * text height) is pulled back onto the page before when less space between paragraphs lets it:
     * first four fifths of it, then three fifths; lines and sizes never change.
     */
    public PagedDocument layout(Document document) {
        PagedDocument paged = inPages(document);
        if (paged.pages().size() < 2 || lastPageFill(paged) >= RUNT_PAGE) {
            return paged;
        }
        for (double scale : TIGHTER_SPACING) {
            PagedDocument tighter = inPages(Tightened.of(document, scale));
            if (tighter.pages().size() < paged.pages().size()) {
                return tighter;
            }
        }
        return paged;
    }

    /** How far down its text height the last page's content reaches (page furniture aside), 0 to 1. */
    private static double lastPageFill(PagedDocument paged) {
        Document.PageSetup page = paged.page();
        double bottom = page.top();
        for (Item item : paged.pages().get(paged.pages().size() - 1).items()) {
            if (item instanceof Item.Text text && text.node() != StructNode.ARTIFACT) {
                bottom = Math.max(bottom, text.baseline());
            } else if (item instanceof Item.Line line) {
                bottom = Math.max(bottom, Math.max(line.y1(), line.y2()));
            }
        }
        return (bottom - page.top()) / (page.height() - page.top() - page.bottom());
    }

    /** The document in pages with its spacing as it is. */
    PagedDocument inPages(Document document) {
        Document.PageSetup page = document.page();
        Itemizer itemizer = new Itemizer(fonts, document.fallbackFonts());
        LineBreaker breaker = new LineBreaker(document.info().language());
        Structure structure = new Structure();
        BlockLayout blocks = blocks(document, itemizer, breaker, structure);
        Paginator paginator = new Paginator(page);
        List<Block> body = document.blocks();
        for (int b = 0; b < body.size(); b++) {
            Block block = body.get(b);
            if (block instanceof Block.Columns columns) {
                columns(columns, blocks, paginator, b == body.size() - 1);
            } else {
                paginator.place(blocks.slots(block, Structure.root()));
            }
        }
        List<List<Item>> filled = paginator.pages();
        List<PagedDocument.Page> pages = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            List<Item> items = new ArrayList<>(filled.get(i));
            int number = i + 1;
            document.footer().ifPresent(footer -> items.addAll(footerItems(footer, number, filled.size(), blocks, page)));
            pages.add(new PagedDocument.Page(number, items));
        }
        List<Diagnostic> warnings = new ArrayList<>(itemizer.warnings());
        warnings.addAll(breaker.warnings());
        return new PagedDocument(page, document.info(), pages, structure.nodes(), warnings);
    }

    /**
     * Which groups of {@code document}, set across the full measure, move whole to the next page
     * rather than split: the decision this layout makes, for an exporter whose reader paginates (Word).
     */
    public Predicate<Block.Group> keepsWhole(Document document) {
        BlockLayout blocks = blocks(document, new Itemizer(fonts, document.fallbackFonts()),
                new LineBreaker(document.info().language()), new Structure());
        return group -> group.keepWhole() > 0 && blocks.keepsWhole(group, blocks.slots(group, Structure.root()));
    }

    private static BlockLayout blocks(Document document, Itemizer itemizer, LineBreaker breaker, Structure structure) {
        Document.PageSetup page = document.page();
        return new BlockLayout(itemizer, breaker, page.left(), page.contentWidth(),
                page.height() - page.top() - page.bottom(), structure, hasTitle(document.blocks()));
    }

    /**
     * Each column flows down its own pages from where the page stands, its text inset by its
     * padding; the structure takes the columns in order, so a sidebar on the left reads first.
     * Columns that end the document keep their panels down to the foot of the last page too, as
     * on the pages before, rather than stopping short as a box under the last line.
     */
    private static void columns(Block.Columns columns, BlockLayout blocks, Paginator paginator, boolean endsDocument) {
        List<Paginator> flows = new ArrayList<>();
        List<Paginator.Panel> panels = new ArrayList<>();
        double x = blocks.left();
        for (Block.Columns.Column column : columns.columns()) {
            BlockLayout inner = blocks.within(x + column.padding(), column.width() - 2 * column.padding());
            Paginator flow = paginator.column();
            for (Block block : column.blocks()) {
                flow.place(inner.slots(block, Structure.root()));
            }
            flows.add(flow);
            double panelX = x;
            column.fill().ifPresent(fill -> panels.add(new Paginator.Panel(panelX, column.width(), column.padding(), fill)));
            x += column.width() + columns.gap();
        }
        paginator.join(flows, panels, endsDocument);
    }

    private static boolean hasTitle(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> b instanceof Block.Paragraph p && p.style().title());
    }

    /** The footer line, set in the bottom margin so it never competes with the text for space. */
    private static List<Item> footerItems(Document.Footer footer, int number, int total, BlockLayout blocks,
            Document.PageSetup page) {
        List<Slot> slots = blocks.slots(new Block.Paragraph(footer.style(),
                List.of(Span.of(footer.text(number, total), footer.style().text()))), StructNode.ARTIFACT);
        double top = page.height() - page.bottom() + (page.bottom() - slots.get(0).height()) / 2;
        return slots.get(0).items().stream().map(item -> Paginator.shift(item, top)).toList();
    }
}
