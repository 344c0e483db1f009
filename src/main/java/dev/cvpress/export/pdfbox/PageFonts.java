package dev.cvpress.export.pdfbox;

import dev.cvpress.fonts.FontFace;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF fonts of one document, one per face used, embedded as subsets when the document is
 * saved. PDFBox font objects belong to one document, so they are never shared between documents.
 */
final class PageFonts {
    private final PDDocument pdf;
    private final Map<FontFace, PDType0Font> loaded = new IdentityHashMap<>();

    PageFonts(PDDocument pdf) {
        this.pdf = pdf;
    }

    PDType0Font get(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            TrueTypeFont program = new TTFParser().parse(new RandomAccessReadBuffer(face.program()));
            // PDFBox would apply the font's ligatures, whose glyphs have no ToUnicode entry, so
            // "Software" would extract as "Soware"; layout measured plain letters anyway.
            program.setEnableGsub(false);
            font = PDType0Font.load(pdf, program, true);
            loaded.put(face, font);
        }
        return font;
    }
}
