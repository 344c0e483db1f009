package dev.cvpress.export.pdfbox;

import dev.cvpress.fonts.FontFace;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
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
            font = PDType0Font.load(pdf, new ByteArrayInputStream(face.program()), true);
            loaded.put(face, font);
        }
        return font;
    }
}
