package dev.cvpress.normalize.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cleans a JSON Resume 1.x tree in place, field by field according to what each field is (a date,
 * a web address, a list, running text), and reports every change it makes. Running it on its own
 * output changes nothing.
 */
public final class Cleaner {
    private static final Set<String> ENTRY_SECTIONS = Set.of("work", "volunteer", "education", "awards",
            "certificates", "publications", "skills", "languages", "interests", "references", "projects");
    private static final Map<String, FieldKind> KINDS = Map.ofEntries(
            Map.entry("startDate", FieldKind.DATE), Map.entry("endDate", FieldKind.END_DATE),
            Map.entry("date", FieldKind.DATE), Map.entry("releaseDate", FieldKind.DATE),
            Map.entry("url", FieldKind.URL), Map.entry("image", FieldKind.IMAGE), Map.entry("email", FieldKind.EMAIL),
            Map.entry("summary", FieldKind.PARAGRAPHS), Map.entry("reference", FieldKind.PARAGRAPHS),
            Map.entry("description", FieldKind.PARAGRAPHS),
            Map.entry("highlights", FieldKind.LIST), Map.entry("courses", FieldKind.LIST),
            Map.entry("keywords", FieldKind.COMMA_LIST), Map.entry("roles", FieldKind.COMMA_LIST),
            Map.entry("location", FieldKind.LOCATION), Map.entry("profiles", FieldKind.PROFILES));
    private final FieldCleaner fields;
    private final Reporter reporter;

    public Cleaner(Reporter reporter) {
        this.reporter = reporter;
        this.fields = new FieldCleaner(reporter);
    }

    public void clean(ObjectNode resume) {
        if (resume.get("basics") instanceof ObjectNode basics) {
            entry(basics, "/basics");
        }
        for (String section : ENTRY_SECTIONS) {
            JsonNode value = resume.get(section);
            if (value instanceof ObjectNode single) {
                reporter.report(Severity.WARNING, "LIST_EXPECTED", "/" + section,
                        "\"" + section + "\" should be a list of entries; read as a list of one");
                resume.set(section, JsonNodeFactory.instance.arrayNode().add(single));
            }
            if (resume.get(section) instanceof ArrayNode entries) {
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i) instanceof ObjectNode entry) {
                        entry(entry, "/" + section + "/" + i);
                    }
                }
            }
        }
    }

    /** Cleans each field of one object by its kind; fields that end up empty are removed. */
    private void entry(ObjectNode entry, String pointer) {
        for (String name : new ArrayList<>(fieldNames(entry))) {
            String at = pointer + "/" + name;
            FieldKind kind = KINDS.getOrDefault(name, FieldKind.TEXT);
            JsonNode value = entry.get(name);
            if (kind == FieldKind.LOCATION && value instanceof ObjectNode location) {
                entry(location, at);
            } else if (kind == FieldKind.PROFILES && value instanceof ArrayNode profiles) {
                for (int i = 0; i < profiles.size(); i++) {
                    if (profiles.get(i) instanceof ObjectNode profile) {
                        entry(profile, at + "/" + i);
                    }
                }
            } else {
                fields.clean(entry, name, kind, at);
            }
        }
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
