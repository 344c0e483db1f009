package dev.cvpress.normalize.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for building the new tree and the JSON pointers that locate its values. */
final class Trees {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {}

    /** The pointer to member {@code name} of the value at {@code pointer}, escaped as RFC 6901 says. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** True for values with nothing to print: absent, null, blank text, and containers of such values. */
    static boolean isBlank(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (value.isTextual()) {
            return value.asText().isBlank();
        }
        if (value.isValueNode()) {
            return false;
        }
        for (JsonNode child : value) {
            if (!isBlank(child)) {
                return false;
            }
        }
        return true;
    }

    /** The object at {@code pointer} (plain names, no escapes), created with its parents where missing. */
    static ObjectNode objectAt(ObjectNode root, String pointer) {
        ObjectNode at = root;
        if (pointer.isEmpty()) {
            return at;
        }
        for (String name : pointer.substring(1).split("/")) {
            at = at.get(name) instanceof ObjectNode child ? child : at.putObject(name);
        }
        return at;
    }

    /** The list at {@code pointer} (plain names, no escapes), created with its parents where missing. */
    static ArrayNode arrayAt(ObjectNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = objectAt(root, pointer.substring(0, slash));
        String name = pointer.substring(slash + 1);
        return parent.get(name) instanceof ArrayNode list ? list : parent.putArray(name);
    }

    /**
     * Renames a field in place and keeps its position among the others, so the migrated tree
     * reads in the same order as the user's file.
     */
    static void rename(ObjectNode object, String from, String to) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            fields.put(field.getKey().equals(from) ? to : field.getKey(), field.getValue());
        }
        object.removeAll();
        object.setAll(fields);
    }

    /** A name as messages show it: in straight double quotes. */
    static String quote(String name) {
        return "\"" + name + "\"";
    }
}
