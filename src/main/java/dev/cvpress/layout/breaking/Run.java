package dev.cvpress.layout.breaking;

import dev.cvpress.fonts.FontFace;
import java.util.Objects;

/**
 * A measured run of text in one face and size: a word or part of one, or an inter-word space
 * ({@code space}). {@code payload} is the caller's own object (the layout's piece, carrying colour
 * and link); the breaker never looks at it and hands it back on every fragment cut from this run
 * and on the hyphen added after it.
 */
public record Run(String text, FontFace face, double size, double width, boolean space, Object payload) {

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
    }

    /** A run measured with its own face. */
    public static Run of(String text, FontFace face, double size, boolean space, Object payload) {
        return new Run(text, face, size, face.width(text, size), space, payload);
    }

    /** Characters {@code begin} to {@code end}, measured anew (kerning inside a fragment is kept). */
    Run slice(int begin, int end) {
        return begin == 0 && end == text.length() ? this : of(text.substring(begin, end), face, size, space, payload);
    }

    /** The same run set at another width: a justified space. */
    Run withWidth(double newWidth) {
        return new Run(text, face, size, newWidth, space, payload);
    }
}
