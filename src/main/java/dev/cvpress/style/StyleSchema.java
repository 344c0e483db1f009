package dev.cvpress.style;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft-07) of {@code style.yaml}, written from {@link StyleShape} and kept in
 * {@code layouts/style.schema.json} so editors can complete and check styles. A style with
 * {@code extends} is partial: the same keys, none required but its own {@code id} and
 * {@code description}. A style without it must set every key, except inside the text roles other
 * than {@code body}, which start as a copy of {@code body}. List items are always complete, since
 * an overriding list replaces the whole list.
 */
final class StyleSchema {
    static final String FILE = "layouts/style.schema.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code "key": value}, as most JSON files are written, rather than Jackson's {@code "key" : value}. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    private static final String PARTIAL = "-partial";
    private final ObjectNode definitions = NODES.objectNode();

    private StyleSchema() {}

    static JsonNode generate() {
        StyleSchema schema = new StyleSchema();
        ObjectNode root = NODES.objectNode()
                .put("$schema", "http://json-schema.org/draft-07/schema#")
                .put("title", "cvpress style")
                .put("description", "A style: layouts/<id>/style.yaml. Generated from the style records; "
                        + "do not edit by hand.")
                .put("type", "object");
        root.putObject("if").putArray("required").add(StyleShape.EXTENDS);
        root.set("then", schema.node(StyleShape.ROOT, false));
        root.set("else", schema.node(StyleShape.ROOT, true));
        root.set("definitions", schema.definitions);
        return root;
    }

    /** The schema as it is kept in the file: two-space indents, a final newline. */
    static String text() {
        try {
            return JSON.writer(PRETTY).writeValueAsString(generate()).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private JsonNode node(StyleShape.Node shape, boolean complete) {
        if (shape instanceof StyleShape.Fields fields) {
            return reference(fields, complete);
        }
        if (shape instanceof StyleShape.ListOf list) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", node(list.item(), true));
            return array;
        }
        if (shape instanceof StyleShape.MapOf map) {
            ObjectNode object = NODES.objectNode().put("type", "object");
            object.set("additionalProperties", node(map.value(), complete));
            return object;
        }
        return ((StyleShape.Value) shape).schema().deepCopy();
    }

    /** A {@code $ref} to the record's definition, written on first use. */
    private JsonNode reference(StyleShape.Fields fields, boolean complete) {
        String name = fields.name() + (complete ? "" : PARTIAL);
        if (!definitions.has(name)) {
            ObjectNode definition = definitions.putObject(name).put("type", "object");
            ObjectNode properties = definition.putObject("properties");
            for (Map.Entry<String, StyleShape.Node> field : fields.fields().entrySet()) {
                properties.set(field.getKey(), node(field.getValue(), fields.completeBelow(field.getKey(), complete)));
            }
            definition.put("additionalProperties", false);
            List<String> required = fields.required(complete);
            if (!required.isEmpty()) {
                required.forEach(definition.putArray("required")::add);
            }
        }
        return NODES.objectNode().put("$ref", "#/definitions/" + name);
    }
}
