package dev.cvpress.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A parsed JSON (or YAML) document and where each value started, keyed by JSON pointer. */
public record LocatedTree(JsonNode root, Map<String, SourceLocation> locations) {

    public LocatedTree {
        locations = Map.copyOf(locations);
    }

    /**
     * Where the value at {@code pointer} starts; for a value that is not in the source (one a
     * migration created) the nearest ancestor that is.
     */
    public SourceLocation locate(String pointer) {
        String at = pointer;
        while (true) {
            SourceLocation found = locations.get(at);
            if (found != null) {
                return found;
            }
            if (at.isEmpty()) {
                return SourceLocation.UNKNOWN;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
