package dev.cvpress.normalize;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Diagnostics;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.SourceLocation;

/** What a reader needs besides the node in hand: where values came from, and where to report. */
final class Context {
    private final LocatedTree tree;
    private final Diagnostics diagnostics = new Diagnostics();

    Context(LocatedTree tree) {
        this.tree = tree;
    }

    void report(Severity severity, String code, String pointer, String message) {
        SourceLocation at = tree.locate(pointer);
        diagnostics.add(new Diagnostic(severity, code, pointer, at.line(), at.column(), message));
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
