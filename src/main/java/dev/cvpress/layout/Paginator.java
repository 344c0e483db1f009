package dev.cvpress.layout;

import dev.cvpress.doc.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills pages with slots from top to bottom. Before placing a slot it measures the chain of slots
 * that must stay with it; if the chain does not fit in what is left of the page (but would fit on
 * an empty one) the page ends there. Space before a slot is dropped at the top of a page. Columns
 * are filled by paginators of their own that start where this one stands, then joined back.
 */
final class Paginator {
    private final double top;
    private final double bottom;
    private final List<List<Item>> pages = new ArrayList<>();
    private double y;

    Paginator(Document.PageSetup page) {
        this(page.top(), page.height() - page.bottom(), page.top());
    }

    private Paginator(double top, double bottom, double y) {
        this.top = top;
        this.bottom = bottom;
        this.y = y;
        pages.add(new ArrayList<>());
    }

    void place(List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            boolean atTop = y <= top;
            double chain = chainHeight(slots, i, atTop);
            boolean chainFits = y + chain <= bottom || chain > bottom - top;
            boolean slotFits = y + (atTop ? 0 : slot.spaceBefore()) + slot.height() <= bottom;
            if (!atTop && (!chainFits || !slotFits)) {
                pages.add(new ArrayList<>());
                y = top;
                atTop = true;
            }
            y += atTop ? 0 : slot.spaceBefore();
            for (Item item : slot.items()) {
                currentPage().add(shift(item, y));
            }
            y += slot.height() + slot.spaceAfter();
        }
    }

    /** A paginator for a column that starts at this one's position, on a page of its own. */
    Paginator column() {
        return new Paginator(top, bottom, y);
    }

    /**
     * Lays the columns' pages over this one's from the current page on, each with the panel it
     * sits on (if any) painted first, and moves on to below the column that ends last. Panels end
     * below that column's last line, or at the page's foot when {@code toFoot} (nothing follows).
     */
    void join(List<Paginator> columns, List<Panel> panels, boolean toFoot) {
        int first = pages.size() - 1;
        double start = y;
        Paginator last = columns.stream().reduce((a, b) -> b.pages.size() > a.pages.size()
                || b.pages.size() == a.pages.size() && b.y > a.y ? b : a).orElseThrow();
        int span = last.pages.size();
        while (pages.size() < first + span) {
            pages.add(new ArrayList<>());
        }
        for (Panel panel : panels) {
            for (int k = 0; k < span; k++) {
                double from = k == 0 ? start : top - panel.padding();
                double to = k == span - 1 && !toFoot ? last.y + panel.padding() : bottom + panel.padding();
                pages.get(first + k).add(new Item.Rect(panel.x(), from, panel.width(), to - from, panel.color()));
            }
        }
        for (Paginator column : columns) {
            for (int k = 0; k < column.pages.size(); k++) {
                pages.get(first + k).addAll(column.pages.get(k));
            }
        }
        y = last.y;
    }

    /** The filled pages; at least one, even for an empty document. */
    List<List<Item>> pages() {
        return pages;
    }

    /** A column's tinted panel: where it stands across the page and how far it reaches past the text. */
    record Panel(double x, double width, double padding, dev.cvpress.units.Rgb color) {}

    private List<Item> currentPage() {
        return pages.get(pages.size() - 1);
    }

    /** Height from slot {@code i} through the last slot it is kept with. */
    private static double chainHeight(List<Slot> slots, int i, boolean atTop) {
        double height = 0;
        for (int k = i; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            height += (k == i && atTop ? 0 : slot.spaceBefore()) + slot.height();
            if (!slot.keepWithNext()) {
                break;
            }
            height += slot.spaceAfter();
        }
        return height;
    }

    static Item shift(Item item, double dy) {
        if (item instanceof Item.Text t) {
            return new Item.Text(t.x(), t.baseline() + dy, t.text(), t.face(), t.emboldened(), t.size(), t.color(),
                    t.width(), t.node(), t.actualText(), t.wordSpacing());
        }
        if (item instanceof Item.Line l) {
            return new Item.Line(l.x1(), l.y1() + dy, l.x2(), l.y2() + dy, l.thickness(), l.color());
        }
        if (item instanceof Item.Rect r) {
            return new Item.Rect(r.x(), r.top() + dy, r.width(), r.height(), r.color());
        }
        Item.Link link = (Item.Link) item;
        return new Item.Link(link.x(), link.top() + dy, link.width(), link.height(), link.uri(), link.node());
    }
}
