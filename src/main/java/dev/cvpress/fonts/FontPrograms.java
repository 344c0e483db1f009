package dev.cvpress.fonts;

import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed font programs kept from one document to the next, for cutting subsets: parsing a face
 * anew for every document was a third of a DOCX export. A parsed {@link TrueTypeFont} reads its
 * tables lazily through one stream, so it is not safe for two threads at once; each is lent to one
 * use at a time. The pool holds at most as many copies of a face as were in use at once.
 */
public final class FontPrograms {
    private static final Map<FontFace, Queue<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

    private FontPrograms() {}

    /** What is done with a lent program; it must not keep the program. */
    @FunctionalInterface
    public interface Use<T> {
        T apply(TrueTypeFont program) throws IOException;
    }

    /** {@code use} applied to a parsed program of {@code face} that nothing else is using meanwhile. */
    public static <T> T lend(FontFace face, Use<T> use) throws IOException {
        Queue<TrueTypeFont> idle = IDLE.computeIfAbsent(face, f -> new ConcurrentLinkedQueue<>());
        TrueTypeFont program = idle.poll();
        if (program == null) {
            program = new TTFParser().parse(new RandomAccessReadBuffer(face.program()));
            // Subsets are cut by glyph or by character, one to one; GSUB would only be read for nothing.
            program.setEnableGsub(false);
        }
        try {
            return use.apply(program);
        } finally {
            idle.offer(program);
        }
    }
}
