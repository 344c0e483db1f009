package dev.cvpress.export.pdfbox;

import dev.cvpress.fonts.FontFace;
import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed font programs kept from one document to the next. A parsed {@link TrueTypeFont} reads its
 * tables lazily through one stream, so it is not safe for two threads at once; each is therefore
 * lent to one document's {@link SubsetFont} while it cuts its subset, then given back. The pool
 * holds at most as many copies of a face as subsets were cut at once.
 */
final class FontPrograms {
    private static final Map<FontFace, Queue<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

    private FontPrograms() {}

    /** A parsed program of {@code face} that no other document is using. */
    static TrueTypeFont borrow(FontFace face) throws IOException {
        TrueTypeFont idle = IDLE.computeIfAbsent(face, f -> new ConcurrentLinkedQueue<>()).poll();
        return idle != null ? idle : parse(face);
    }

    /** Takes back a program whose subset is cut. */
    static void giveBack(FontFace face, TrueTypeFont program) {
        IDLE.get(face).offer(program);
    }

    private static TrueTypeFont parse(FontFace face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(face.program()));
    }
}
