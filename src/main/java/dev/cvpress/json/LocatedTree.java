package dev.cvpress.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A parsed JSON (or YAML) document and where each value started, keyed by JSON pointer. */
public record LocatedTree(JsonNode root, Map<String, SourceLocation> locations) {

    public LocatedTree {
        locations = Map.copyOf(locations);
    }

    public SourceLocation locate(String pointer) {
        return locations.getOrDefault(pointer, SourceLocation.UNKNOWN);
    }
}
