package dev.cvpress.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a Jackson tree from a token stream while recording the line:column of every value, so
 * later stages can point at the exact place in the user's file. Syntax errors come back as one
 * located {@link Diagnostic}, never as an exception.
 */
public final class LocatedTreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 200;
    private final JsonFactory factory;

    public LocatedTreeReader(JsonFactory factory) {
        this.factory = factory.rebuild()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    public static LocatedTreeReader json() {
        return new LocatedTreeReader(new JsonFactory());
    }

    /** The outcome: a tree, or the syntax error that prevented one. */
    public sealed interface Result {
        record Parsed(LocatedTree tree) implements Result {}

        record Failed(Diagnostic error) implements Result {}
    }

    public Result read(byte[] bytes) {
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(withoutBom(bytes))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failure("EMPTY", "the file is empty; expected a JSON object", 1, 1);
            }
            JsonNode root = readValue(parser, "", locations, parser.currentTokenLocation());
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return failure("TRAILING", "unexpected content after the end of the document",
                        at.getLineNr(), at.getColumnNr());
            }
            return new Result.Parsed(new LocatedTree(root, locations));
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            return failure("SYNTAX", "the file ends in the middle of a value (a missing '}' or ']'?)",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failure("SYNTAX", e.getOriginalMessage().lines().findFirst().orElse("malformed input"),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            return failure("READ", "cannot read: " + e.getMessage(), 0, 0);
        }
    }

    /** Reads one value; {@code at} is where it is written: its key, for an object member. */
    private JsonNode readValue(JsonParser parser, String pointer, Map<String, SourceLocation> locations,
            JsonLocation at) throws IOException {
        locations.put(pointer, new SourceLocation(at.getLineNr(), at.getColumnNr()));
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, pointer, locations);
            case START_ARRAY -> readArray(parser, pointer, locations);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
    }

    private ObjectNode readObject(JsonParser parser, String pointer, Map<String, SourceLocation> locations)
            throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // The key, not the value: in YAML a nested mapping's value starts on the next line.
            JsonLocation key = parser.currentTokenLocation();
            parser.nextToken();
            object.set(name, readValue(parser, pointer + "/" + escape(name), locations, key));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer, Map<String, SourceLocation> locations)
            throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            array.add(readValue(parser, pointer + "/" + i, locations, parser.currentTokenLocation()));
        }
        return array;
    }

    /** RFC 6901 escaping of one reference token. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static byte[] withoutBom(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    private static Result failure(String code, String message, int line, int column) {
        return new Result.Failed(new Diagnostic(Severity.ERROR, "JSON_" + code, "", line, column, message));
    }
}
