package dev.cvpress.normalize;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Diagnostics;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.SourceLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every normalizing stage reports: turns a JSON pointer into the line:column of the user's
 * file. Stages that move values (migrations) record the move, so a problem found later at the new
 * place is still located where the user wrote it.
 */
public final class Reporter {
    private final LocatedTree source;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, String> movedFrom = new HashMap<>();

    public Reporter(LocatedTree source) {
        this.source = source;
    }

    public void report(Severity severity, String code, String pointer, String message) {
        report(severity, code, pointer, message, "");
    }

    public void report(Severity severity, String code, String pointer, String message, String hint) {
        SourceLocation at = locate(pointer);
        diagnostics.add(new Diagnostic(severity, code, pointer, at.line(), at.column(), message, hint));
    }

    /** Adds a diagnostic an earlier stage (parsing) made. */
    public void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** Records that the value now at {@code to} was written at {@code from} in the source. */
    public void moved(String from, String to) {
        movedFrom.put(to, from);
    }

    public boolean hasErrors() {
        return diagnostics.hasErrors();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.list();
    }

    /** The source location of a pointer, following recorded moves of it or of an ancestor. */
    SourceLocation locate(String pointer) {
        for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
            String origin = movedFrom.get(at);
            if (origin != null) {
                return source.locate(origin + pointer.substring(at.length()));
            }
            if (source.locations().containsKey(at) || at.isEmpty()) {
                return source.locate(at);
            }
        }
    }
}
