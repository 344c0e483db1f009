package dev.cvpress.style;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.SourceLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a merged style was written: which file of the {@code extends} chain, and
 * where in it. A file merged later wins, as it does in the merge itself.
 */
final class Origins {
    private final Map<String, Origin> byPointer = new HashMap<>();

    /** A file and a line:column in it. */
    record Origin(String file, SourceLocation at) {}

    void add(String file, LocatedTree tree) {
        tree.locations().forEach((pointer, at) -> byPointer.put(pointer, new Origin(file, at)));
    }

    /** The origin of the value at {@code pointer}, or of its nearest ancestor written in a file. */
    Origin locate(String pointer) {
        String at = pointer;
        while (!byPointer.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return byPointer.getOrDefault(at, new Origin("style.yaml", SourceLocation.UNKNOWN));
    }

    /** {@code FILE:LINE:COL: error: POINTER: message (hint)} for a problem with the value at {@code pointer}. */
    String error(String code, String pointer, String message, String hint) {
        Origin origin = locate(pointer);
        return new Diagnostic(Severity.ERROR, code, pointer, origin.at().line(), origin.at().column(), message, hint)
                .format(origin.file());
    }
}
