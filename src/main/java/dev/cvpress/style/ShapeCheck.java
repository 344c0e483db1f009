package dev.cvpress.style;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.diag.Spelling;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.LocatedTreeReader;
import dev.cvpress.json.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one {@code style.yaml}, as written, against {@link StyleShape}: unknown keys (with the
 * nearest known one), missing keys and values of the wrong kind, each at its line and column.
 * Every problem is reported, not just the first.
 */
final class ShapeCheck {
    private final LocatedTree source;
    private final List<Diagnostic> found = new ArrayList<>();

    private ShapeCheck(LocatedTree source) {
        this.source = source;
    }

    /** The problems of a complete style (one without {@code extends}) or a partial one. */
    static List<Diagnostic> check(LocatedTree source, boolean complete) {
        ShapeCheck check = new ShapeCheck(source);
        check.node(StyleShape.ROOT, source.root(), "", complete ? Need.EVERY_KEY_OF_STYLE : Need.OWN_KEYS);
        return List.copyOf(check.found);
    }

    /** Which keys the mappings at hand must have, and why, for the hint when one is missing. */
    private enum Need {
        OWN_KEYS("every style sets its own"),
        EVERY_KEY_OF_STYLE("a style without " + StyleShape.EXTENDS + ": sets every key"),
        EVERY_KEY_OF_ITEM("each item of a list sets every key");

        final String reason;

        Need(String reason) {
            this.reason = reason;
        }

        boolean everyKey() {
            return this != OWN_KEYS;
        }
    }

    private void node(StyleShape.Node shape, JsonNode value, String pointer, Need need) {
        if (shape instanceof StyleShape.Fields fields) {
            fields(fields, value, pointer, need);
        } else if (shape instanceof StyleShape.ListOf list) {
            if (!value.isArray()) {
                mismatch("a list", value, pointer);
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                node(list.item(), value.get(i), pointer + "/" + i, Need.EVERY_KEY_OF_ITEM);
            }
        } else if (shape instanceof StyleShape.MapOf map) {
            if (!value.isObject()) {
                mismatch("a mapping of names to values", value, pointer);
                return;
            }
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                node(map.value(), entry.getValue(), child(pointer, entry.getKey()), need);
            }
        } else if (shape instanceof StyleShape.Value scalar && !scalar.accepts().test(value)) {
            mismatch(scalar.expected(), value, pointer);
        }
    }

    private void fields(StyleShape.Fields shape, JsonNode value, String pointer, Need need) {
        if (!value.isObject()) {
            mismatch("a mapping with the keys " + String.join(", ", shape.fields().keySet()), value, pointer);
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            StyleShape.Node known = shape.fields().get(key);
            if (known != null) {
                node(known, entry.getValue(), child(pointer, key),
                        shape.completeBelow(key, need.everyKey()) ? need : Need.OWN_KEYS);
            } else {
                String hint = Spelling.closest(key, shape.fields().keySet())
                        .map(meant -> "did you mean \"" + meant + "\"?")
                        .orElse("known keys: " + String.join(", ", shape.fields().keySet()));
                report("STYLE_UNKNOWN_KEY", child(pointer, key), "unknown key \"" + key + "\"", hint);
            }
        }
        for (String key : shape.required(need.everyKey())) {
            if (!value.has(key)) {
                report("STYLE_MISSING_KEY", pointer, "missing key \"" + key + "\"", need.everyKey()
                        ? need.reason : need.reason + " " + String.join(" and ", shape.required(false)));
            }
        }
    }

    private void mismatch(String expected, JsonNode value, String pointer) {
        // YAML reads an unquoted 2024 or yes as a number or a boolean.
        String hint = expected.equals(StyleShape.TEXT) && value.isValueNode() && !value.isTextual() && !value.isNull()
                ? "put it in quotes" : "";
        report("STYLE_VALUE", pointer, "expected " + expected + ", found " + describe(value), hint);
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isNull() ? "nothing" : value.asText();
    }

    private void report(String code, String pointer, String message, String hint) {
        SourceLocation at = source.locate(pointer);
        found.add(new Diagnostic(Severity.ERROR, code, pointer, at.line(), at.column(), message, hint));
    }

    private static String child(String pointer, String key) {
        return pointer + "/" + LocatedTreeReader.escape(key);
    }
}
