package dev.cvpress.normalize.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.LinkedHashSet;
import java.util.Set;

/** Cleans one field by its kind and reports what it changed; a field left empty is removed. */
final class FieldCleaner {
    private final Reporter reporter;

    FieldCleaner(Reporter reporter) {
        this.reporter = reporter;
    }

    void clean(ObjectNode parent, String name, FieldKind kind, String pointer) {
        JsonNode value = parent.get(name);
        if (value.isNull()) {
            drop(parent, name, pointer, Severity.INFO, "EMPTY_DROPPED", "null value left out");
        } else if (kind == FieldKind.LIST || kind == FieldKind.COMMA_LIST) {
            list(parent, name, kind, pointer);
        } else if (value.isValueNode()) {
            if (!value.isTextual()) {
                reporter.report(Severity.INFO, "TYPE_CONVERTED", pointer, "the " + value.getNodeType().name()
                        .toLowerCase(java.util.Locale.ROOT) + " " + value.asText() + " was read as text");
            }
            scalar(parent, name, kind, pointer, value.asText());
        }
    }

    private void scalar(ObjectNode parent, String name, FieldKind kind, String pointer, String text) {
        switch (kind) {
            case DATE, END_DATE -> date(parent, name, kind, pointer, text);
            case URL -> url(parent, name, pointer, text);
            case IMAGE -> image(parent, name, pointer, text);
            case EMAIL -> set(parent, name, pointer, text, text.strip().replaceFirst("(?i)^mailto:", "").strip());
            case PARAGRAPHS -> set(parent, name, pointer, text, Texts.paragraphs(text));
            default -> set(parent, name, pointer, text, Texts.line(text));
        }
    }

    private void date(ObjectNode parent, String name, FieldKind kind, String pointer, String text) {
        LooseDate.Reading reading = LooseDate.read(text);
        switch (reading.kind()) {
            case ISO -> parent.put(name, reading.date().orElseThrow().iso());
            case CONVERTED -> {
                String iso = reading.date().orElseThrow().iso();
                reporter.report(Severity.INFO, "DATE_CLEANED", pointer, "\"" + text + "\" read as " + iso);
                parent.put(name, iso);
            }
            case PRESENT -> {
                if (kind == FieldKind.END_DATE) {
                    drop(parent, name, pointer, Severity.INFO, "DATE_PRESENT",
                            "\"" + text + "\" means ongoing; JSON Resume leaves endDate out for that");
                } else {
                    drop(parent, name, pointer, Severity.WARNING, "BAD_DATE", "\"" + text + "\" is not a date; left out");
                }
            }
            case EMPTY -> drop(parent, name, pointer, Severity.INFO, "EMPTY_DROPPED", "empty date left out");
            case IMPOSSIBLE -> drop(parent, name, pointer, Severity.WARNING, "IMPOSSIBLE_DATE",
                    "\"" + text + "\" is not a real date; left out rather than guessed");
            case UNREADABLE -> {
                parent.remove(name);
                reporter.report(Severity.WARNING, "BAD_DATE", pointer, "\"" + text + "\" is not a date; left out",
                        "write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-03");
            }
        }
    }

    private void url(ObjectNode parent, String name, String pointer, String text) {
        if (Urls.unsafe(text)) {
            drop(parent, name, pointer, Severity.WARNING, "UNSAFE_URL", "\"" + abbreviate(text)
                    + "\" is not a web address (its scheme can run code or read files); left out");
            return;
        }
        String fixed = Urls.withScheme(text).orElse(text.strip());
        if (!fixed.equals(text.strip())) {
            reporter.report(Severity.INFO, "URL_SCHEME_ADDED", pointer, "\"" + text.strip() + "\" read as " + fixed);
        }
        set(parent, name, pointer, fixed.equals(text.strip()) ? text : fixed, fixed);
    }

    private void image(ObjectNode parent, String name, String pointer, String text) {
        if (Urls.unsafe(text)) {
            drop(parent, name, pointer, Severity.WARNING, "UNSAFE_URL", "the image address uses a scheme that can run code or read files; left out");
        } else {
            set(parent, name, pointer, text, text.strip());
        }
    }

    private void list(ObjectNode parent, String name, FieldKind kind, String pointer) {
        JsonNode value = parent.get(name);
        if (value.isValueNode()) {
            ArrayNode wrapped = JsonNodeFactory.instance.arrayNode();
            String text = value.asText();
            for (String part : kind == FieldKind.COMMA_LIST ? text.split(",") : new String[] {text}) {
                wrapped.add(part);
            }
            reporter.report(Severity.WARNING, "LIST_EXPECTED", pointer, "\"" + name + "\" should be a list; read as "
                    + (kind == FieldKind.COMMA_LIST ? "a list split at commas" : "a list of one"));
            parent.set(name, wrapped);
        }
        if (parent.get(name) instanceof ArrayNode items) {
            parent.set(name, items(items, pointer));
            if (parent.get(name).isEmpty()) {
                parent.remove(name);
            }
        }
    }

    /** Items cleaned, markers stripped, empties and exact repeats left out; objects kept for the reader to report. */
    private ArrayNode items(ArrayNode items, String pointer) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isValueNode() || item.isNull()) {
                if (!item.isNull()) {
                    out.add(item);
                }
                continue;
            }
            String text = Texts.item(item.asText());
            if (!text.equals(item.asText())) {
                reporter.report(Severity.INFO, "ITEM_CLEANED", pointer + "/" + i, "list marker or extra spaces removed");
            }
            if (!text.isEmpty() && !seen.add(text)) {
                reporter.report(Severity.WARNING, "DUPLICATE_ITEM", pointer + "/" + i, "\"" + abbreviate(text) + "\" appears twice; the repeat was left out");
            } else if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    private void set(ObjectNode parent, String name, String pointer, String original, String cleaned) {
        if (cleaned.isEmpty()) {
            drop(parent, name, pointer, Severity.INFO, "EMPTY_DROPPED", "empty value left out");
            return;
        }
        if (!cleaned.equals(original)) {
            reporter.report(Severity.INFO, "TEXT_CLEANED", pointer, "spaces, line breaks or a mailto: prefix tidied");
        }
        parent.put(name, cleaned);
    }

    private void drop(ObjectNode parent, String name, String pointer, Severity severity, String code, String message) {
        parent.remove(name);
        reporter.report(severity, code, pointer, message);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
