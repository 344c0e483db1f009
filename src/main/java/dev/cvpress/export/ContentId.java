package dev.cvpress.export;

import dev.cvpress.layout.Item;
import dev.cvpress.layout.PagedDocument;
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

    /** 16 bytes of a SHA-256 over the producer, the metadata and every item with its position. */
    public static byte[] of(PagedDocument paged, String producer) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(producer.getBytes(StandardCharsets.UTF_8));
            digest.update(paged.info().toString().getBytes(StandardCharsets.UTF_8));
            for (PagedDocument.Page page : paged.pages()) {
                for (Item item : page.items()) {
                    digest.update(item.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
