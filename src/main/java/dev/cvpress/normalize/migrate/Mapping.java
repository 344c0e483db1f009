package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one object or list of another format goes in JSON Resume, field by field, written as a
 * compact spec so a whole format's table reads like its schema: {@code "name=employer position"}
 * puts "employer" in "name" and keeps "position"; {@code "url=url|repo"} takes the first of the
 * two that has a value; {@code "roles=[role]"} wraps a single value in a list;
 * {@code "publisher=publisher/name"} reads a nested field. Every value copied is recorded as
 * moved, so later problems point into the user's file.
 */
final class Mapping {
    private record Field(String to, List<String> from, boolean wrap) {}

    private final String from;
    private final String to;
    private final boolean list;
    private final List<Field> fields;

    private Mapping(String from, String to, boolean list, String spec) {
        this.from = from;
        this.to = to;
        this.list = list;
        this.fields = parse(spec);
    }

    /** The object at pointer {@code from} fills fields of the object at {@code to}. */
    static Mapping object(String from, String to, String spec) {
        return new Mapping(from, to, false, spec);
    }

    /** Each entry of the list at {@code from} is appended, mapped, to the list at {@code to}. */
    static Mapping list(String from, String to, String spec) {
        return new Mapping(from, to, true, spec);
    }

    /** Copies what this mapping covers from {@code source} into {@code target}. */
    void apply(ObjectNode source, ObjectNode target, Reporter reporter) {
        JsonNode value = source.at(from);
        if (list) {
            applyList(value, target, reporter);
        } else if (value instanceof ObjectNode object) {
            ObjectNode mapped = Trees.NODES.objectNode();
            copyFields(object, from, mapped, to, reporter);
            if (!mapped.isEmpty()) {
                created(target, reporter);
                Trees.objectAt(target, to).setAll(mapped);
            }
        }
    }

    /**
     * Entries marked {@code "private": true} are left out: FRESH tools print them only on request,
     * and a printed résumé must not show what its author kept private.
     */
    private void applyList(JsonNode value, ObjectNode target, Reporter reporter) {
        List<JsonNode> entries = value.isArray() ? toList(value) : value.isObject() ? List.of(value) : List.of();
        if (entries.isEmpty()) {
            return;
        }
        created(target, reporter);
        ArrayNode out = Trees.arrayAt(target, to);
        for (int i = 0; i < entries.size(); i++) {
            String entryFrom = value.isArray() ? from + "/" + i : from;
            JsonNode entry = entries.get(i);
            if (entry.path("private").asBoolean(false)) {
                reporter.report(Severity.INFO, "PRIVATE_LEFT_OUT", entryFrom, "marked private; left out",
                        "remove \"private\": true to print it");
                continue;
            }
            String entryTo = to + "/" + out.size();
            reporter.moved(entryFrom, entryTo);
            if (entry instanceof ObjectNode object) {
                copyFields(object, entryFrom, out.addObject(), entryTo, reporter);
            } else {
                out.add(entry.deepCopy()); // the reader reports it, located where the user wrote it
            }
        }
    }

    /** The first mapping to create a target object or list records where it came from. */
    private void created(ObjectNode target, Reporter reporter) {
        if (target.at(to).isMissingNode()) {
            reporter.moved(from, to);
        }
    }

    private void copyFields(ObjectNode source, String sourcePointer, ObjectNode target, String targetPointer,
            Reporter reporter) {
        for (Field field : fields) {
            for (String path : field.from()) {
                JsonNode value = source.at("/" + path);
                // Blank values say nothing, and an object where text or a list belongs is another
                // shape (publisher {name, url}): either way the next alternative is tried.
                if (!Trees.isBlank(value) && !value.isObject()) {
                    boolean wrap = field.wrap() && !value.isArray();
                    target.set(field.to(), wrap ? Trees.NODES.arrayNode().add(value.deepCopy()) : value.deepCopy());
                    reporter.moved(sourcePointer + "/" + path, targetPointer + "/" + field.to());
                    break;
                }
            }
        }
    }

    private static List<Field> parse(String spec) {
        List<Field> fields = new ArrayList<>();
        for (String part : spec.strip().split("\\s+")) {
            String[] sides = part.split("=", 2);
            String source = sides[sides.length - 1];
            boolean wrap = source.startsWith("[") && source.endsWith("]");
            String paths = wrap ? source.substring(1, source.length() - 1) : source;
            fields.add(new Field(sides[0], List.of(paths.split("\\|")), wrap));
        }
        return fields;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> entries = new ArrayList<>();
        array.forEach(entries::add);
        return entries;
    }
}
