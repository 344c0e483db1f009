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
 * lent to one document at a time and given back when that document is saved (the subset is taken
 * from it then). The pool holds at most as many copies of a face as documents were written at once.
 */
final class FontPrograms {
    private static final Map<FontFace, Queue<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

    private FontPrograms() {}

    /** A parsed program of {@code face} that no other document is using. */
    static TrueTypeFont borrow(FontFace face) throws IOException {
        TrueTypeFont idle = IDLE.computeIfAbsent(face, f -> new ConcurrentLinkedQueue<>()).poll();
        return idle != null ? idle : parse(face);
    }

    /** Takes back a program whose document is saved. */
    static void giveBack(FontFace face, TrueTypeFont program) {
        IDLE.get(face).offer(program);
    }

    private static TrueTypeFont parse(FontFace face) throws IOException {
        TrueTypeFont program = new TTFParser().parse(new RandomAccessReadBuffer(face.program()));
        // PDFBox would apply the font's ligatures, whose glyphs have no ToUnicode entry, so
        // "Software" would extract as "Soware"; layout measured plain letters anyway.
        program.setEnableGsub(false);
        return program;
    }
}
