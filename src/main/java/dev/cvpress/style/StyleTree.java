package dev.cvpress.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/** Tree operations applied to {@code style.yaml} before it is bound to records. */
final class StyleTree {
    private StyleTree() {}

    /** Copies {@code base} under {@code override}: objects merge key by key, anything else is replaced. */
    static ObjectNode merge(ObjectNode base, ObjectNode override) {
        ObjectNode out = base.deepCopy();
        for (Map.Entry<String, JsonNode> field : override.properties()) {
            JsonNode existing = out.get(field.getKey());
            if (existing instanceof ObjectNode baseObject && field.getValue() instanceof ObjectNode overObject) {
                out.set(field.getKey(), merge(baseObject, overObject));
            } else {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return out;
    }

    /** Every text role but {@code body} starts as a copy of {@code body}. */
    static void inheritBody(ObjectNode style) {
        if (!(style.get("text") instanceof ObjectNode text) || !(text.get("body") instanceof ObjectNode body)) {
            return;
        }
        for (Map.Entry<String, JsonNode> role : text.properties()) {
            if (!role.getKey().equals("body") && role.getValue() instanceof ObjectNode own) {
                role.setValue(merge(body, own));
            }
        }
    }

    /** A {@code color} or {@code fill} written as a palette name ({@code accent}) becomes that palette entry's value. */
    static void resolveColors(JsonNode node, JsonNode palette) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getValue().asText();
                if ((field.getKey().equals("color") || field.getKey().equals("fill")) && field.getValue().isTextual() && palette.has(name)) {
                    field.setValue(TextNode.valueOf(palette.get(name).asText()));
                } else {
                    resolveColors(field.getValue(), palette);
                }
            }
        }
    }
}
