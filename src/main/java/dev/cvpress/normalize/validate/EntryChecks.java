package dev.cvpress.normalize.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.normalize.Reporter;
import java.util.Map;

/**
 * Entries with nothing in them and entries that repeat an earlier one exactly, in every list of
 * entries: each top-level list and the profiles. Only reported here; the pruning stage drops them
 * afterwards, in the same lists, so the warnings match what disappears.
 */
final class EntryChecks {
    private EntryChecks() {}

    static void check(JsonNode resume, Reporter reporter) {
        for (Map.Entry<String, JsonNode> section : resume.properties()) {
            if (section.getValue().isArray()) {
                entries(section.getValue(), Pointers.child("", section.getKey()), reporter);
            }
        }
        JsonNode profiles = resume.path("basics").path("profiles");
        if (profiles.isArray()) {
            entries(profiles, "/basics/profiles", reporter);
        }
    }

    private static void entries(JsonNode list, String pointer, Reporter reporter) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            if (!entry.isObject()) {
                continue;
            }
            String at = Pointers.item(pointer, i);
            int earlier = earlierCopy(list, i);
            if (blank(entry)) {
                reporter.report(Severity.WARNING, "EMPTY_ENTRY", at, "the entry is empty and will be left out",
                        "fill it in or delete it");
            } else if (earlier >= 0) {
                reporter.report(Severity.WARNING, "DUPLICATE_ENTRY", at, "the entry repeats "
                        + Pointers.item(pointer, earlier) + " exactly and will be left out");
            }
        }
    }

    /** The index of the first earlier entry equal to entry {@code i}, or -1. */
    private static int earlierCopy(JsonNode list, int i) {
        for (int j = 0; j < i; j++) {
            if (list.get(j).equals(list.get(i))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether a value holds nothing a reader would see: null, blank text, or only such values.
     * Numbers and booleans count as content.
     */
    private static boolean blank(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isTextual()) {
            return value.asText().isBlank();
        }
        if (value.isContainerNode()) {
            for (JsonNode child : value) {
                if (!blank(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
