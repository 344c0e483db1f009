package dev.cvpress.export.docx;

import dev.cvpress.doc.SpanStyle;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import java.util.Optional;

/**
 * The few font measurements Word needs to match the PDF, taken from the bundled fonts the PDF is
 * set in. For a family that is not bundled the DOCX falls back to plain guesses and Word lays the
 * text out with whatever font the reader has.
 */
final class FontMetrics {
    /** A bullet is about half an em wide in text faces. */
    private static final double GUESSED_WIDTH_EM = 0.5;

    private final FontCatalog catalog;

    FontMetrics(FontCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Word's "single" line spacing is the font's ascent plus descent, not its size; the style's
     * line height is a multiple of the size. This is the multiple of single spacing that gives the
     * same distance between lines as in the PDF (the line height itself when the font is unknown).
     */
    double lineMultiple(SpanStyle look, double lineHeight) {
        return face(look).map(f -> lineHeight / (f.ascent() + f.descent())).orElse(lineHeight);
    }

    /** The advance width of {@code text} in points. */
    double width(String text, SpanStyle look) {
        return face(look).map(f -> f.width(text, look.size()))
                .orElse(GUESSED_WIDTH_EM * look.size() * text.codePointCount(0, text.length()));
    }

    private Optional<FontFace> face(SpanStyle look) {
        return catalog.family(look.family()).map(family -> family.face(look.bold(), look.italic()))
                .filter(f -> f.ascent() + f.descent() > 0);
    }
}
