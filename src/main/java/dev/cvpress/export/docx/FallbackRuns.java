package dev.cvpress.export.docx;

import dev.cvpress.doc.SpanStyle;
import dev.cvpress.fonts.FallbackFonts;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import dev.cvpress.fonts.FontFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text cut where the characters its family lacks begin and end, each such stretch named in the
 * fallback family the PDF sets it in (spaces, which every face has, stay in the text's family).
 * Word would otherwise pick a font of the reader's own for them (if it has one), and the file could
 * not carry it: with the family named, the file embeds a subset of the fallback and shows the same
 * glyphs as the PDF. A character no bundled font has stays in the text's own family, for Word to
 * find a font for.
 */
final class FallbackRuns {
    /** A stretch of text and the look it is set in. */
    record Piece(SpanStyle look, String text) {}

    private final FontCatalog catalog;
    private final FallbackFonts fallbacks;

    FallbackRuns(FontCatalog catalog, List<String> fallbackFamilies) {
        this.catalog = catalog;
        this.fallbacks = new FallbackFonts(catalog, fallbackFamilies);
    }

    /** {@code text} in {@code look} as pieces in order; one piece when its family has every character. */
    List<Piece> pieces(SpanStyle look, String text) {
        Optional<FontFamily> family = catalog.family(look.family());
        if (family.isEmpty()) {
            return List.of(new Piece(look, text));
        }
        FontFace own = family.get().face(look.bold(), look.italic());
        List<Piece> pieces = new ArrayList<>(1);
        FontFace runFace = own;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace shownIn = own.covers(cp) ? own : fallbacks.faceFor(cp, look.bold(), look.italic()).orElse(own);
            if (shownIn != runFace) {
                if (i > start) {
                    pieces.add(new Piece(in(look, own, runFace), text.substring(start, i)));
                }
                runFace = shownIn;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (text.length() > start || pieces.isEmpty()) {
            pieces.add(new Piece(in(look, own, runFace), text.substring(start)));
        }
        return pieces;
    }

    /**
     * {@code look} in the family of {@code face}. A fallback without an italic face is set upright,
     * as in the PDF: slanted ideographs are a distortion, not an italic.
     */
    private static SpanStyle in(SpanStyle look, FontFace own, FontFace face) {
        return face == own ? look
                : new SpanStyle(face.family(), look.bold(), look.italic() && face.italic(), look.size(), look.color(), look.caps());
    }
}
