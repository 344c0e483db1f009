package dev.cvpress.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON object being read into the model: typed getters that never return null and report
 * values of the wrong type (with their pointer) instead of failing.
 */
final class Node {
    private final JsonNode json;
    private final String pointer;
    private final Reporter reporter;

    Node(JsonNode json, String pointer, Reporter reporter) {
        this.json = json;
        this.pointer = pointer;
        this.reporter = reporter;
    }

    String pointer() {
        return pointer;
    }

    /** A string field, stripped; numbers and booleans are taken as their text; absent is "". */
    String text(String field) {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText().strip();
        }
        wrongType(field, "a string");
        return "";
    }

    /** A list of strings; a lone string counts as a one-element list. */
    List<String> texts(String field) {
        JsonNode value = json.path(field);
        if (value.isTextual()) {
            return value.asText().isBlank() ? List.of() : List.of(value.asText().strip());
        }
        List<String> out = new ArrayList<>();
        for (Node item : items(field, "a list of strings")) {
            if (item.json.isValueNode() && !item.json.isNull()) {
                String text = item.json.asText().strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            } else if (!item.json.isNull()) {
                reporter.report(Severity.WARNING, "WRONG_TYPE", item.pointer, "expected a string; the value was skipped");
            }
        }
        return out;
    }

    /** A nested object; an absent one reads as empty. */
    Node object(String field) {
        JsonNode value = json.path(field);
        if (!value.isObject() && !value.isMissingNode() && !value.isNull()) {
            wrongType(field, "an object");
        }
        return new Node(value.isObject() ? value : MissingNode.getInstance(), child(field), reporter);
    }

    /** Each object in a list, read by {@code reader}; other items are reported and skipped. */
    <T> List<T> list(String field, Function<Node, T> reader) {
        List<T> out = new ArrayList<>();
        for (Node item : items(field, "a list of objects")) {
            if (item.json.isObject()) {
                out.add(reader.apply(item));
            } else {
                reporter.report(Severity.WARNING, "WRONG_TYPE", item.pointer, "expected an object; the entry was skipped");
            }
        }
        return out;
    }

    Optional<PartialDate> date(String field) {
        String text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = PartialDate.parseIso(text);
        if (date.isEmpty()) {
            reporter.report(Severity.WARNING, "BAD_DATE", child(field),
                    "\"" + text + "\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD (the date was left out)");
        }
        return date;
    }

    /** {@code startDate}/{@code endDate}; an end of "present" (or none) means ongoing. */
    DateRange dates() {
        String end = text("endDate").toLowerCase(Locale.ROOT);
        boolean ongoing = end.equals("present") || end.equals("now") || end.equals("current");
        return new DateRange(date("startDate"), ongoing ? Optional.empty() : date("endDate"));
    }

    private List<Node> items(String field, String expected) {
        JsonNode value = json.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            wrongType(field, expected);
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new Node(value.get(i), child(field) + "/" + i, reporter));
        }
        return out;
    }

    private void wrongType(String field, String expected) {
        reporter.report(Severity.WARNING, "WRONG_TYPE", child(field),
                "expected " + expected + ", found " + json.path(field).getNodeType().name().toLowerCase(Locale.ROOT)
                        + "; the value was left out");
    }

    private String child(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }
}
