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
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.diag.Spelling;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.LocatedTreeReader;
import dev.cvpress.json.SourceLocation;
import dev.cvpress.json.SourceParser;
import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;
import dev.cvpress.units.Rgb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads a style by id from {@code layouts/<id>/style.yaml}: checks each file of the
 * {@code extends} chain against the records' shape (every problem reported at its file, line and
 * column), merges the chain, applies any {@link StyleOverrides}, resolves palette colours, lets text
 * roles inherit from {@code body} and binds the result to {@link Style}.
 */
public final class StyleLoader {
    private static final String ROOT = "layouts/";
    private static final String FILE = "style.yaml";
    private final SourceParser parser = new SourceParser();
    private final Optional<Path> folder;
    private final ObjectMapper binder = JsonMapper.builder()
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

    /** The bundled styles only. */
    public StyleLoader() {
        this.folder = Optional.empty();
    }

    /**
     * The styles in {@code folder} (one subfolder per style holding {@code style.yaml}, as in
     * {@code layouts/}) before the bundled ones; a style there may extend a bundled one.
     */
    public StyleLoader(Path folder) {
        this.folder = Optional.of(folder);
    }

    /** Ids of the styles this loader finds. */
    public List<String> available() {
        Set<String> ids = new TreeSet<>();
        folder.ifPresent(dir -> ids.addAll(subfolders(dir)));
        ClasspathFolder.subfolders(ROOT).stream()
                .filter(id -> getClass().getClassLoader().getResource(ROOT + id + "/" + FILE) != null)
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    public Style load(String id) throws StyleException {
        return load(id, StyleOverrides.NONE);
    }

    public Style load(String id, StyleOverrides overrides) throws StyleException {
        if (!isName(id)) {
            throw new StyleException("\"" + id + "\" is not a style name; known styles: " + String.join(", ", available()));
        }
        Origins origins = new Origins();
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        for (Source source : chain(id)) {
            ObjectNode own = (ObjectNode) source.tree().root().deepCopy();
            own.remove(StyleShape.EXTENDS);
            tree = StyleTree.merge(tree, own);
            origins.add(source.file(), source.tree());
        }
        overrides.applyTo(tree, id);
        List<String> problems = StyleTree.resolveColors(tree, origins);
        if (!problems.isEmpty()) {
            throw StyleException.invalid(id, problems);
        }
        StyleTree.inheritBody(tree);
        try {
            return binder.treeToValue(tree, Style.class);
        } catch (JsonProcessingException e) {
            // ShapeCheck admits only what binds; this is the net for a type it describes too loosely.
            throw StyleException.invalid(id, List.of(origins.error("STYLE_BIND", pointer(e), e.getOriginalMessage(), "")));
        }
    }

    /** One file of an {@code extends} chain. */
    private record Source(String id, String file, LocatedTree tree) {}

    /** The files of the style and the ones it extends, base first, each checked; all their problems at once. */
    private List<Source> chain(String id) throws StyleException {
        Deque<Source> chain = new ArrayDeque<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Optional<Source> next = read(id, id);
        if (next.isEmpty()) {
            throw new StyleException("unknown style \"" + id + "\"; known styles: " + String.join(", ", available()));
        }
        while (next.isPresent()) {
            Source source = next.get();
            seen.add(source.id());
            chain.addFirst(source);
            JsonNode root = source.tree().root();
            JsonNode parent = root.path(StyleShape.EXTENDS);
            ShapeCheck.check(source.tree(), parent.isMissingNode()).forEach(d -> problems.add(d.format(source.file())));
            if (root.path("id").isTextual() && !root.path("id").asText().equals(source.id())) {
                problems.add(error(source, "STYLE_ID", "/id", "the id \"" + root.path("id").asText()
                        + "\" differs from the style's folder name", "write id: " + source.id()));
            }
            next = parent.isTextual() ? parent(source, parent.asText(), seen, problems, id) : Optional.empty();
        }
        if (!problems.isEmpty()) {
            throw StyleException.invalid(id, problems);
        }
        return List.copyOf(chain);
    }

    private Optional<Source> parent(Source child, String parent, Set<String> seen, List<String> problems, String id)
            throws StyleException {
        String at = "/" + StyleShape.EXTENDS;
        if (seen.contains(parent)) {
            problems.add(error(child, "STYLE_EXTENDS", at, "extending " + parent + " makes a loop: "
                    + String.join(" → ", seen) + " → " + parent, ""));
            return Optional.empty();
        }
        Optional<Source> found = isName(parent) ? read(parent, id) : Optional.empty();
        if (found.isEmpty()) {
            problems.add(error(child, "STYLE_EXTENDS", at, "there is no style \"" + parent + "\" to extend",
                    Spelling.closest(parent, available()).map(m -> "did you mean \"" + m + "\"?")
                            .orElse("known styles: " + String.join(", ", available()))));
        }
        return found;
    }

    /** The style's file parsed with locations, or empty when there is none; a syntax error stops the load. */
    private Optional<Source> read(String styleId, String loading) throws StyleException {
        Optional<Path> own = folder.map(dir -> dir.resolve(styleId).resolve(FILE)).filter(Files::isRegularFile);
        String file = own.map(Path::toString).orElse(ROOT + styleId + "/" + FILE);
        byte[] bytes;
        try {
            if (own.isPresent()) {
                bytes = Files.readAllBytes(own.get());
            } else {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new StyleException("style " + loading + ": cannot read " + file + ": " + e.getMessage());
        }
        SourceParser.Parsed parsed = parser.parse(bytes, FILE);
        if (parsed.tree().isEmpty()) {
            throw StyleException.invalid(loading, parsed.diagnostics().stream().map(d -> d.format(file)).toList());
        }
        return Optional.of(new Source(styleId, file, parsed.tree().get()));
    }

    private static String error(Source source, String code, String pointer, String message, String hint) {
        SourceLocation at = source.tree().locate(pointer);
        return new Diagnostic(Severity.ERROR, code, pointer, at.line(), at.column(), message, hint).format(source.file());
    }

    private static boolean isName(String id) {
        return id.matches("[a-z0-9][a-z0-9_-]*");
    }

    private static List<String> subfolders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(child -> Files.isRegularFile(child.resolve(FILE)))
                    .map(child -> child.getFileName().toString())
                    .filter(StyleLoader::isName)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list styles in " + dir, e);
        }
    }

    /** The JSON pointer of the value a binding error is about. */
    private static String pointer(JsonProcessingException e) {
        StringBuilder pointer = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference step : mapping.getPath()) {
                pointer.append('/').append(step.getFieldName() != null
                        ? LocatedTreeReader.escape(step.getFieldName()) : String.valueOf(step.getIndex()));
            }
        }
        return pointer.toString();
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
