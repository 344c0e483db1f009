package dev.cvpress.diag;

/**
 * One problem found in a user's file, located by JSON pointer and by line:column in the source
 * (0 when unknown). {@code code} is stable so scripts and tests can match on it; {@code hint} is a
 * suggestion ("did you mean startDate?") or empty.
 */
public record Diagnostic(Severity severity, String code, String pointer, int line, int column, String message,
        String hint) {

    public Diagnostic(Severity severity, String code, String pointer, int line, int column, String message) {
        this(severity, code, pointer, line, column, message, "");
    }

    /** An error about a whole input (it cannot be read, written or rendered), with no place in it to point at. */
    public static Diagnostic error(String code, String message) {
        return new Diagnostic(Severity.ERROR, code, "", 0, 0, message);
    }

    /** {@code FILE:LINE:COL: severity: pointer: message (hint)}, the one-line form people and editors follow. */
    public String format(String file) {
        return location(file) + ": " + severity.label() + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + text();
    }

    /** {@code FILE:LINE:COL: severity CODE pointer: message (hint)}, with the stable code for scripts. */
    public String formatDetailed(String file) {
        return location(file) + ": " + severity.label() + " " + code + (pointer.isEmpty() ? "" : " " + pointer) + ": "
                + text();
    }

    private String location(String file) {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    private String text() {
        return hint.isEmpty() ? message : message + " (" + hint + ")";
    }
}
