package dev.cvpress.export;

import dev.cvpress.layout.Item;
import dev.cvpress.layout.PagedDocument;
import dev.cvpress.units.Rgb;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A paged file's identifier taken from its content instead of the clock or chance, so the same input
 * gives the same bytes. The producer is part of it: two engines' files of one résumé differ.
 */
public final class ContentId {
    private ContentId() {}

    /**
     * 16 bytes of a SHA-256 over the producer, the metadata and every item with its position.
     * Numbers go in as their bits: printed as decimals (the items' toString), they cost a few
     * percent of a render.
     */
    public static byte[] of(PagedDocument paged, String producer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(producer.getBytes(StandardCharsets.UTF_8));
            digest.update(paged.info().toString().getBytes(StandardCharsets.UTF_8));
            ByteBuffer numbers = ByteBuffer.allocate(6 * Double.BYTES);
            for (PagedDocument.Page page : paged.pages()) {
                for (Item item : page.items()) {
                    numbers.clear();
                    digest.update(describe(item, numbers).getBytes(StandardCharsets.UTF_8));
                    digest.update(numbers.array(), 0, numbers.position());
                }
            }
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Puts {@code item}'s numbers into {@code numbers} and gives its text (or its kind). */
    private static String describe(Item item, ByteBuffer numbers) {
        if (item instanceof Item.Text t) {
            numbers.putDouble(t.x()).putDouble(t.baseline()).putDouble(t.size()).putDouble(t.width())
                    .putDouble(t.wordSpacing()).putInt(rgb(t.color()));
            return t.text() + '\u0000' + t.face() + (t.emboldened() ? "\u0000bold\u0000" : "\u0000")
                    + t.actualText().orElse("");
        } else if (item instanceof Item.Line l) {
            numbers.putDouble(l.x1()).putDouble(l.y1()).putDouble(l.x2()).putDouble(l.y2()).putDouble(l.thickness())
                    .putInt(rgb(l.color()));
            return "line";
        } else if (item instanceof Item.Rect r) {
            numbers.putDouble(r.x()).putDouble(r.top()).putDouble(r.width()).putDouble(r.height()).putInt(rgb(r.color()));
            return "rect";
        }
        Item.Link link = (Item.Link) item;
        numbers.putDouble(link.x()).putDouble(link.top()).putDouble(link.width()).putDouble(link.height());
        return link.uri();
    }

    private static int rgb(Rgb color) {
        return color.red() << 16 | color.green() << 8 | color.blue();
    }
}
