package dev.cvpress.style;

import java.util.List;

/** A style that cannot be found or is not valid; the message says which and why. */
public final class StyleException extends Exception {
    public StyleException(String message) {
        super(message);
    }

    /** A style with problems in its files, one {@code FILE:LINE:COL: error: …} line each. */
    static StyleException invalid(String id, List<String> problems) {
        return new StyleException("style " + id + " is not valid:\n" + String.join("\n", problems));
    }
}
