package dev.cvpress.fonts;

import java.util.List;
import java.util.Optional;

/**
 * The families a style names for characters its own families lack (CJK, for instance), in the order
 * they are tried. The PDF's layout and the Word file ask the same question here, so a character is
 * set in the same fallback in both.
 */
public final class FallbackFonts {
    private final List<FontFamily> families;

    /** The bundled families among {@code names}; a name the catalogue does not have is passed over. */
    public FallbackFonts(FontCatalog catalog, List<String> names) {
        this.families = names.stream().map(catalog::family).flatMap(Optional::stream).toList();
    }

    /**
     * The first fallback face, nearest to {@code bold} and {@code italic}, that has {@code codePoint};
     * empty when none has it. Asked only for characters the text's own face lacks.
     */
    public Optional<FontFace> faceFor(int codePoint, boolean bold, boolean italic) {
        for (FontFamily family : families) {
            FontFace face = family.face(bold, italic);
            if (face.covers(codePoint)) {
                return Optional.of(face);
            }
        }
        return Optional.empty();
    }
}
