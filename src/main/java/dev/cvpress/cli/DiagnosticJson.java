package dev.cvpress.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;

/** A diagnostic as a JSON object, for {@code --format json}. */
final class DiagnosticJson {
    private DiagnosticJson() {}

    static ObjectNode of(String file, Diagnostic d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("file", file);
        node.put("severity", d.severity().label());
        node.put("code", d.code());
        node.put("pointer", d.pointer());
        node.put("line", d.line());
        node.put("column", d.column());
        node.put("message", d.message());
        if (!d.hint().isEmpty()) {
            node.put("hint", d.hint());
        }
        return node;
    }
}
