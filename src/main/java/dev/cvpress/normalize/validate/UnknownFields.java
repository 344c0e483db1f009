package dev.cvpress.normalize.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.diag.Spelling;
import dev.cvpress.normalize.Reporter;
import java.util.Map;
import java.util.Optional;

/**
 * Warns about a field the schema does not know when it looks like a slip for one it does
 * ({@code startdate} for {@code startDate}). The schema allows extra fields, and themes and tools
 * add their own, so any other unknown field passes silently. The known names come from the
 * bundled schema, object by object.
 */
public final class UnknownFields {

    /**
     * Checks the inside of every section the schema describes. The top level is left alone: extra
     * top-level keys are common extensions ({@code "language"} for a theme's locale), and older
     * formats ({@code "bio"}) are recognised by the migrations, not guessed at here.
     */
    public void check(JsonNode resume, Reporter reporter) {
        for (Map.Entry<String, JsonNode> section : BundledSchema.tree().path("properties").properties()) {
            walk(section.getValue(), resume.path(section.getKey()), Pointers.child("", section.getKey()), reporter);
        }
    }

    /** Follows the schema down the value: into array items and the known fields of objects. */
    private void walk(JsonNode schema, JsonNode value, String pointer, Reporter reporter) {
        JsonNode resolved = BundledSchema.resolve(schema);
        if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(resolved.get("items"), value.get(i), Pointers.item(pointer, i), reporter);
            }
        } else if (value.isObject() && resolved.has("properties")) {
            fields(resolved.get("properties"), value, pointer, reporter);
        }
    }

    private void fields(JsonNode known, JsonNode object, String pointer, Reporter reporter) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            String at = Pointers.child(pointer, name);
            if (known.has(name)) {
                walk(known.get(name), field.getValue(), at, reporter);
            } else {
                suggest(name, known, at, reporter);
            }
        }
    }

    private static void suggest(String name, JsonNode known, String pointer, Reporter reporter) {
        Optional<String> meant = Spelling.closest(name, known::fieldNames);
        meant.ifPresent(m -> reporter.report(Severity.WARNING, "UNKNOWN_FIELD", pointer,
                "unknown field \"" + name + "\"", "did you mean \"" + m + "\"?"));
    }
}
