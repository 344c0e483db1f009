package dev.cvpress.normalize.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes entries left with nothing in them and entries that repeat an earlier one exactly. It
 * runs after the semantic checks, which report both, so it says nothing itself.
 */
public final class Pruner {
    private Pruner() {}

    public static void prune(ObjectNode resume) {
        for (JsonNode value : resume) {
            if (value instanceof ArrayNode entries) {
                prune(entries);
            }
        }
        if (resume.get("basics") instanceof ObjectNode basics && basics.get("profiles") instanceof ArrayNode profiles) {
            prune(profiles);
        }
    }

    private static void prune(ArrayNode entries) {
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode entry : entries) {
            boolean empty = entry.isObject() && entry.isEmpty();
            if (!empty && !kept.contains(entry)) {
                kept.add(entry);
            }
        }
        entries.removeAll();
        entries.addAll(kept);
    }
}
