package dev.cvpress.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.units.Length;
import dev.cvpress.units.Rgb;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@code style.yaml} may hold, read by reflection from the {@link Style} records: each record
 * component is a key (in snake_case, as the loader binds it) and its Java type says what the value
 * must be. The loader checks every file against it and {@link StyleSchema} writes it out as JSON
 * Schema, so a component added to a record is known to both without more code.
 */
final class StyleShape {
    /** The key by which a style names the style it overrides; it is not part of the records. */
    static final String EXTENDS = "extends";
    /** What a text value is called in messages. */
    static final String TEXT = "text";
    /** How a palette colour is named, so that a {@code color:} can tell a name from a malformed #RRGGBB. */
    static final Pattern COLOR_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** Keys every style sets for itself: inherited, they would describe its parent. */
    private static final Set<String> OWN_KEYS = Set.of("id", "description");
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The whole file: the {@link Style} record's keys and {@code extends}. */
    static final Fields ROOT = new Reader().root();

    private StyleShape() {}

    /** A part of the file's shape. */
    sealed interface Node permits Fields, ListOf, MapOf, Value {}

    /**
     * A mapping with fixed keys. A complete style (one without {@code extends}) sets every key but
     * the optional ones; a partial style needs only its own keys. Values under an inheriting key
     * are partial even in a complete style, because they start as a copy of a sibling (the text
     * roles start as {@code body}).
     */
    record Fields(String name, Map<String, Node> fields, Set<String> own, Set<String> optional,
            Set<String> inheriting) implements Node {

        List<String> required(boolean complete) {
            return fields.keySet().stream()
                    .filter(key -> complete ? !optional.contains(key) : own.contains(key))
                    .toList();
        }

        boolean completeBelow(String key, boolean complete) {
            return complete && !inheriting.contains(key);
        }
    }

    /** A list, replaced whole when a style overrides it, so its items are always complete. */
    record ListOf(Node item) implements Node {}

    /** A mapping from free names to values of one shape. */
    record MapOf(Node value) implements Node {}

    /** A scalar: what is expected in words, its JSON Schema, and the test the loader applies. */
    record Value(String expected, ObjectNode schema, Predicate<JsonNode> accepts) implements Node {}

    /** Turns record types into nodes, each record once. */
    private static final class Reader {
        private final Map<Class<?>, Fields> records = new HashMap<>();

        Fields root() {
            Fields style = fields(Style.class);
            Map<String, Node> keys = new LinkedHashMap<>();
            String parent = "the id of the style this one overrides (a folder of layouts/)";
            keys.put(EXTENDS, new Value(parent, schema("string", parent), JsonNode::isTextual));
            keys.putAll(style.fields());
            return new Fields(style.name(), keys, OWN_KEYS, Set.of(EXTENDS), Set.of());
        }

        private Node node(Type type, String key) {
            if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
                Type[] arguments = generic.getActualTypeArguments();
                if (raw == List.class) {
                    return new ListOf(node(arguments[0], key));
                }
                if (raw == Map.class && arguments[0] == String.class) {
                    return new MapOf(node(arguments[1], key));
                }
            } else if (type instanceof Class<?> plain) {
                Node scalar = scalar(plain, key);
                if (scalar != null) {
                    return scalar;
                }
            }
            throw new IllegalStateException("style records hold records, lists, maps with text keys, enums, text, "
                    + "numbers, booleans, lengths and colours; StyleShape does not know " + type.getTypeName()
                    + " (key " + key + ")");
        }

        private Node scalar(Class<?> type, String key) {
            if (type == Length.class) {
                return length();
            }
            if (type == Rgb.class) {
                return StyleTree.namesColor(key) ? colorOrName() : color();
            }
            if (type.isRecord()) {
                return fields(type);
            }
            if (type.isEnum()) {
                return oneOf(type.getEnumConstants());
            }
            if (type == String.class) {
                return new Value(TEXT, NODES.objectNode().put("type", "string"), JsonNode::isTextual);
            }
            if (type == boolean.class || type == Boolean.class) {
                return new Value("true or false", schema("boolean", "true or false"), JsonNode::isBoolean);
            }
            if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
                return new Value("a number", schema("number", "a number"), JsonNode::isNumber);
            }
            if (type == int.class || type == Integer.class) {
                return new Value("a whole number", schema("integer", "a whole number"), JsonNode::isIntegralNumber);
            }
            return null;
        }

        private Fields fields(Class<?> type) {
            Fields known = records.get(type);
            if (known != null) {
                return known;
            }
            Map<String, Node> keys = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String key = SNAKE_CASE.translate(component.getName());
                keys.put(key, node(component.getGenericType(), key));
            }
            Set<String> inheriting = type == TextStyles.class
                    ? keys.keySet().stream().filter(k -> !k.equals(StyleTree.BODY)).collect(Collectors.toSet())
                    : Set.of();
            Fields fields = new Fields(definitionName(type), keys, Set.of(), Set.of(), inheriting);
            records.put(type, fields);
            return fields;
        }

        /** {@code Page.Margins} for a nested record, {@code TextStyle} for a top-level one. */
        private static String definitionName(Class<?> type) {
            return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        }
    }

    private static Value length() {
        String expected = "a length such as 10pt, 18mm, 2cm or 0.5in";
        ObjectNode schema = schema("string", expected)
                .put("pattern", "^-?[0-9]+(\\.[0-9]+)?\\s*(" + caseless("pt|mm|cm|in") + ")$");
        return new Value(expected, schema, node -> node.isTextual() && parses(() -> Length.parse(node.asText())));
    }

    private static Value color() {
        String expected = "a colour written #RRGGBB";
        ObjectNode schema = schema("string", expected).put("pattern", "^" + HEX.pattern() + "$");
        return new Value(expected, schema, node -> node.isTextual() && HEX.matcher(node.asText()).matches());
    }

    private static Value colorOrName() {
        String expected = "a colour written #RRGGBB or the name of one in colors";
        ObjectNode schema = schema("string", expected)
                .put("pattern", "^(" + HEX.pattern() + "|" + COLOR_NAME.pattern() + ")$");
        return new Value(expected, schema, node -> node.isTextual()
                && (HEX.matcher(node.asText()).matches() || COLOR_NAME.matcher(node.asText()).matches()));
    }

    /** An enum's constants in any case, as the loader binds them; the schema lists them in lower case. */
    private static Value oneOf(Object[] constants) {
        List<String> names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
        String expected = "one of " + String.join(", ", names);
        ObjectNode schema = schema("string", expected + " (in any case)")
                .put("pattern", "^(" + caseless(String.join("|", names)) + ")$");
        names.forEach(schema.putArray("examples")::add);
        return new Value(expected, schema, node -> node.isTextual()
                && names.contains(node.asText().toLowerCase(Locale.ROOT)));
    }

    /** A regular expression for {@code words} in any case, as JSON Schema patterns have no case-insensitive flag. */
    private static String caseless(String words) {
        StringBuilder out = new StringBuilder();
        for (char c : words.toCharArray()) {
            out.append(Character.isLetter(c)
                    ? "[" + Character.toUpperCase(c) + Character.toLowerCase(c) + "]" : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ObjectNode schema(String type, String description) {
        return NODES.objectNode().put("type", type).put("description", description);
    }
}
