package dev.cvpress.layout;

import dev.cvpress.fonts.FontFace;
import dev.cvpress.units.Rgb;
import java.util.Optional;

/** A run of characters measured in one face and size: a word part or an inter-word space. */
record Piece(String text, FontFace face, double size, Rgb color, Optional<String> link, boolean space,
        double width) {

    static Piece of(String text, FontFace face, double size, Rgb color, Optional<String> link, boolean space) {
        return new Piece(text, face, size, color, link, space, face.width(text, size));
    }

    boolean sameLook(Piece other) {
        return face == other.face && size == other.size && color.equals(other.color) && link.equals(other.link);
    }

    Piece append(Piece other) {
        return new Piece(text + other.text, face, size, color, link, space && other.space, width + other.width);
    }
}
