package dev.cvpress.style;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;
import dev.cvpress.units.Rgb;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a style by id from {@code layouts/<id>/style.yaml} on the class path: follows
 * {@code extends}, lets text roles inherit from {@code body}, resolves palette colours and binds the
 * result strictly (unknown or missing keys are errors).
 */
public final class StyleLoader {
    private static final String ROOT = "layouts/";
    private final ObjectMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .addModule(new SimpleModule()
                    .addDeserializer(Length.class, scalar(Length::parse))
                    .addDeserializer(Rgb.class, scalar(Rgb::parse))
                    .addDeserializer(PageSize.class, scalar(PageSize::parse)))
            .build();

    /** Ids of the styles shipped in {@code layouts/}. */
    public List<String> available() {
        return ClasspathFolder.subfolders(ROOT).stream()
                .filter(id -> getClass().getClassLoader().getResource(ROOT + id + "/style.yaml") != null)
                .sorted()
                .toList();
    }

    public Style load(String id) throws StyleException {
        ObjectNode tree = resolve(id, new HashSet<>());
        StyleTree.inheritBody(tree);
        StyleTree.resolveColors(tree, tree.path("colors"));
        try {
            return yaml.treeToValue(tree, Style.class);
        } catch (UnrecognizedPropertyException e) {
            throw new StyleException("style " + id + ": unknown key \"" + e.getPropertyName() + "\" at "
                    + path(e) + "; known keys: " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            throw new StyleException("style " + id + ": " + path(e) + ": " + e.getOriginalMessage());
        }
    }

    private ObjectNode resolve(String id, Set<String> seen) throws StyleException {
        if (!seen.add(id)) {
            throw new StyleException("style " + id + " extends itself (through " + seen + ")");
        }
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new StyleException("\"" + id + "\" is not a style name; known styles: " + available());
        }
        JsonNode own;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + id + "/style.yaml")) {
            if (in == null) {
                throw new StyleException("unknown style \"" + id + "\"; known styles: " + String.join(", ", available()));
            }
            own = yaml.readTree(in);
        } catch (IOException e) {
            throw new StyleException("style " + id + ": cannot read style.yaml: " + e.getMessage());
        }
        if (!(own instanceof ObjectNode object)) {
            throw new StyleException("style " + id + ": style.yaml must be a mapping of keys to values");
        }
        JsonNode parent = object.remove("extends");
        return parent == null ? object : StyleTree.merge(resolve(parent.asText(), seen), object);
    }

    private static String path(JsonProcessingException e) {
        return e instanceof JsonMappingException mapping
                ? mapping.getPathReference().replaceAll("dev\\.cvpress\\.[\\w.$]+", "") : "?";
    }

    private static <T> JsonDeserializer<T> scalar(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                try {
                    return parse.apply(parser.getValueAsString(""));
                } catch (IllegalArgumentException e) {
                    throw context.weirdStringException(parser.getText(), Object.class, e.getMessage());
                }
            }
        };
    }
}
