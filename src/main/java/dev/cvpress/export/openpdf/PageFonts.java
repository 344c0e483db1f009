package dev.cvpress.export.openpdf;

import com.lowagie.text.pdf.BaseFont;
import dev.cvpress.fonts.FontFace;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The PDF fonts of one document, one per face used: Identity-H, so any glyph of the face can be
 * shown and extracted through the ToUnicode map OpenPDF writes, embedded as a subset when the
 * document closes.
 */
final class PageFonts {
    private final Map<FontFace, BaseFont> loaded = new IdentityHashMap<>();

    BaseFont get(FontFace face) throws IOException {
        BaseFont font = loaded.get(face);
        if (font == null) {
            // The ".ttf" name only tells OpenPDF what the bytes are; nothing is read from disk.
            font = BaseFont.createFont(face + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, face.program(), null);
            font.setSecureRandom(new SubsetTag(face.toString()));
            loaded.put(face, font);
        }
        return font;
    }
}
