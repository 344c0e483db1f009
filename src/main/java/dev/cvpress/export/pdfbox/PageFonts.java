package dev.cvpress.export.pdfbox;

import dev.cvpress.fonts.FontFace;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF fonts of one document, one per face used, embedded as subsets when the document is
 * saved. PDFBox font objects belong to one document, so they are never shared between documents;
 * the parsed programs under them are borrowed from {@link FontPrograms} and given back on close,
 * which comes after the document is saved.
 */
final class PageFonts implements AutoCloseable {
    private final PDDocument pdf;
    private final Map<FontFace, PDType0Font> loaded = new IdentityHashMap<>();
    private final Map<FontFace, TrueTypeFont> borrowed = new IdentityHashMap<>();

    PageFonts(PDDocument pdf) {
        this.pdf = pdf;
    }

    PDType0Font get(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            TrueTypeFont program = FontPrograms.borrow(face);
            borrowed.put(face, program);
            font = PDType0Font.load(pdf, program, true);
            loaded.put(face, font);
        }
        return font;
    }

    @Override
    public void close() {
        borrowed.forEach(FontPrograms::giveBack);
        borrowed.clear();
    }
}
