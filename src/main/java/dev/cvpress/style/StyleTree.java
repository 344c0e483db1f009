package dev.cvpress.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cvpress.diag.Spelling;
import dev.cvpress.json.LocatedTreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tree operations applied to {@code style.yaml} before it is bound to records. */
final class StyleTree {
    static final String TEXT = "text";
    static final String BODY = "body";
    static final String COLORS = "colors";
    static final String COLOR = "color";
    /** A panel's colour; like {@link #COLOR} it may name a palette entry. */
    static final String FILL = "fill";

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
        if (!(style.get(TEXT) instanceof ObjectNode text) || !(text.get(BODY) instanceof ObjectNode body)) {
            return;
        }
        for (Map.Entry<String, JsonNode> role : text.properties()) {
            if (!role.getKey().equals(BODY) && role.getValue() instanceof ObjectNode own) {
                role.setValue(merge(body, own));
            }
        }
    }

    /**
     * A {@code color} or {@code fill} written as a palette name ({@code accent}) becomes that palette entry's value;
     * a name the palette lacks is a problem, located through {@code origins}.
     */
    static List<String> resolveColors(ObjectNode style, Origins origins) {
        List<String> problems = new ArrayList<>();
        resolveColors(style, "", style.path(COLORS), origins, problems);
        return problems;
    }

    static boolean namesColor(String key) {
        return key.equals(COLOR) || key.equals(FILL);
    }

    private static void resolveColors(JsonNode node, String pointer, JsonNode palette, Origins origins,
            List<String> problems) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String at = pointer + "/" + LocatedTreeReader.escape(field.getKey());
            String value = field.getValue().asText();
            if (!namesColor(field.getKey()) || !field.getValue().isTextual() || value.startsWith("#")) {
                resolveColors(field.getValue(), at, palette, origins, problems);
            } else if (palette.has(value)) {
                field.setValue(TextNode.valueOf(palette.get(value).asText()));
            } else {
                Iterable<String> names = palette::fieldNames;
                problems.add(origins.error("STYLE_COLOR_NAME", at, "no colour named \"" + value + "\" in colors",
                        Spelling.closest(value, names).map(m -> "did you mean \"" + m + "\"?")
                                .orElse("colors has " + String.join(", ", names))));
            }
        }
    }
}
