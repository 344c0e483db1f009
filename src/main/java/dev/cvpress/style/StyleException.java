package dev.cvpress.style;

/** A style that cannot be found or is not valid; the message says which and why. */
public final class StyleException extends Exception {
    public StyleException(String message) {
        super(message);
    }
}
