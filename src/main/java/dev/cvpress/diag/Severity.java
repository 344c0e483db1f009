package dev.cvpress.diag;

/** How bad a diagnostic is: errors stop a document from rendering, the others do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
