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

    /** {@code FILE:LINE:COL: severity: message}, the one-line form editors and people can follow. */
    public String format(String file) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ").append(severity.label()).append(": ");
        if (!pointer.isEmpty()) {
            out.append(pointer).append(": ");
        }
        out.append(message);
        if (!hint.isEmpty()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }
}
