package dev.cvpress.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entry's values under the names entry templates use, each with how it is set when a
 * template's body lists it, and which field carries the entry's web address.
 */
final class EntryFields {
    /** How a field is set in an entry's body. */
    enum Kind {
        /** Short text meant for the rows; in a body, a detail line. */
        INLINE,
        /** A detail line (italic in most styles): a job's one-line description. */
        NOTE,
        PARAGRAPH,
        BULLETS,
        /** "Label: value". */
        FACT,
        /** A quotation in curly quotes. */
        QUOTE,
        /** "— who", set like a detail line after everything else. */
        ATTRIBUTION
    }

    /** {@code json}: the résumé field it is read from, relative to the entry; empty when made from several. */
    record Field(Kind kind, String text, List<String> items, String label, Optional<String> json) {}

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private String linkField = "";
    private String url = "";

    EntryFields inline(String name, String value) {
        return put(name, Kind.INLINE, value);
    }

    /** Short text made from several fields (a date range, the entry's number). */
    EntryFields derived(String name, String value) {
        fields.put(name, new Field(Kind.INLINE, value, List.of(), "", Optional.empty()));
        return this;
    }

    EntryFields note(String name, String value) {
        return put(name, Kind.NOTE, value);
    }

    EntryFields paragraph(String name, String value) {
        return put(name, Kind.PARAGRAPH, value);
    }

    EntryFields quote(String name, String value) {
        return put(name, Kind.QUOTE, value);
    }

    EntryFields attribution(String name, String value) {
        return put(name, Kind.ATTRIBUTION, value);
    }

    EntryFields bullets(String name, List<String> items) {
        fields.put(name, new Field(Kind.BULLETS, String.join(", ", items), items, "", json(name)));
        return this;
    }

    EntryFields fact(String name, String label, String value) {
        fields.put(name, new Field(Kind.FACT, value, List.of(), label, json(name)));
        return this;
    }

    /** {@code field} links to {@code url}: a template slot showing it becomes the link. */
    EntryFields link(String field, String url) {
        this.linkField = field;
        this.url = url;
        return this;
    }

    Set<String> names() {
        return fields.keySet();
    }

    Optional<Field> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field's value as a template placeholder shows it ("" when absent). */
    String text(String name) {
        Field field = fields.get(name);
        return field == null ? "" : field.text().strip();
    }

    String linkField() {
        return linkField;
    }

    String url() {
        return url;
    }

    /** Where the field named in a template is read from: {@code study_type} from {@code studyType}. */
    Optional<String> pointer(String name) {
        return get(name).flatMap(Field::json);
    }

    private EntryFields put(String name, Kind kind, String value) {
        fields.put(name, new Field(kind, value, List.of(), "", json(name)));
        return this;
    }

    private static Optional<String> json(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return Optional.of(out.toString());
    }
}
