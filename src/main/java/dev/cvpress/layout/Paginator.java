package dev.cvpress.layout;

import dev.cvpress.doc.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills pages with slots from top to bottom. Before placing a slot it measures the chain of slots
 * that must stay with it; if the chain does not fit in what is left of the page (but would fit on
 * an empty one) the page ends there. Space before a slot is dropped at the top of a page.
 */
final class Paginator {
    private final double top;
    private final double bottom;

    Paginator(Document.PageSetup page) {
        this.top = page.top();
        this.bottom = page.height() - page.bottom();
    }

    List<List<Item>> paginate(List<Slot> slots) {
        List<List<Item>> pages = new ArrayList<>();
        List<Item> page = new ArrayList<>();
        double y = top;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            boolean atTop = page.isEmpty();
            double chain = chainHeight(slots, i, atTop);
            boolean chainFits = y + chain <= bottom || chain > bottom - top;
            boolean slotFits = y + (atTop ? 0 : slot.spaceBefore()) + slot.height() <= bottom;
            if (!atTop && (!chainFits || !slotFits)) {
                pages.add(page);
                page = new ArrayList<>();
                y = top;
                atTop = true;
            }
            y += atTop ? 0 : slot.spaceBefore();
            for (Item item : slot.items()) {
                page.add(shift(item, y));
            }
            y += slot.height() + slot.spaceAfter();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
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
            return new Item.Text(t.x(), t.baseline() + dy, t.text(), t.face(), t.size(), t.color(), t.width(), t.node(),
                    t.actualText(), t.wordSpacing());
        }
        if (item instanceof Item.Line l) {
            return new Item.Line(l.x1(), l.y1() + dy, l.x2(), l.y2() + dy, l.thickness(), l.color());
        }
        Item.Link link = (Item.Link) item;
        return new Item.Link(link.x(), link.top() + dy, link.width(), link.height(), link.uri(), link.node());
    }
}
