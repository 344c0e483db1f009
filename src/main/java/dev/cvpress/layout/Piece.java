package dev.cvpress.layout;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.units.Rgb;
import java.util.Optional;

/**
 * A run of characters measured in one face and size: a word part or an inter-word space.
 * {@code emboldened}: the text asks for bold and the face is not (a fallback with one face), so
 * the painters thicken its strokes.
 * {@code actualText}, when present, is what text extraction reads in place of the characters (see
 * {@link SplitWords}); {@code wordSpacing} is what each space gains (or, negative, loses) in a
 * justified line, already counted in {@code width}; {@code separator} marks a piece of an inline
 * list's separator, which is left out at the end of a line.
 */
record Piece(String text, FontFace face, boolean emboldened, double size, Rgb color, Optional<String> link,
        boolean space, double width, Optional<String> actualText, double wordSpacing, boolean separator) {

    static Piece of(String text, FontFace face, boolean emboldened, double size, Rgb color, Optional<String> link,
            boolean space, boolean separator) {
        return new Piece(text, face, emboldened, size, color, link, space, face.width(text, size), Optional.empty(),
                0, separator);
    }

    Piece withActualText(String replacement) {
        return new Piece(text, face, emboldened, size, color, link, space, width, Optional.of(replacement),
                wordSpacing, separator);
    }

    /**
     * Whether {@code next} can join this piece in one text item: the same look, and it extracts as
     * it reads, or it is the part of a split word that extracts as nothing after the part that
     * extracts as the whole word.
     */
    boolean joins(Piece next) {
        boolean sameLook = face == next.face && emboldened == next.emboldened && size == next.size
                && color.equals(next.color) && link.equals(next.link);
        boolean sameText = actualText.isEmpty() ? next.actualText.isEmpty() : next.actualText.equals(Optional.of(""));
        return sameLook && sameText;
    }

    /**
     * This piece followed by {@code next}. Every space of one look on a line is stretched alike,
     * so the spacing of whichever has spaces holds for both.
     */
    Piece append(Piece next) {
        double spacing = next.text.indexOf(' ') >= 0 ? next.wordSpacing : wordSpacing;
        return new Piece(text + next.text, face, emboldened, size, color, link, space && next.space,
                width + next.width, actualText, spacing, separator && next.separator);
    }
}
