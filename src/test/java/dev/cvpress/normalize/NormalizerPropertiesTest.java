package dev.cvpress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the normalizer over generated documents (seeded, so a failure names the seed that
 * reproduces it): it never throws, no null reaches the model, and normalizing its own output
 * changes nothing. The generator favours résumé-shaped trees with messy values.
 */
class NormalizerPropertiesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("basics", "work", "volunteer", "education", "awards",
            "certificates", "publications", "skills", "languages", "interests", "references", "projects", "meta",
            "name", "label", "email", "phone", "url", "summary", "location", "profiles", "network", "username",
            "position", "startDate", "endDate", "date", "releaseDate", "highlights", "keywords", "courses", "roles",
            "institution", "area", "studyType", "score", "city", "countryCode", "image", "bio", "company", "website",
            "employment", "history", "lastModified", "$schema", "startdate", "x-extra");
    private static final List<String> STRINGS = List.of("", " ", "Present", "now", "Jan 2020", "2020-13", "2019",
            "2020-03-01", "03/2021", "• item", "- item", "a, b, c", "javascript:alert(1)", "example.com/x",
            "https://example.org", "mailto:a@b.co", "a@b.co", "not an email", "Zoë 東京 🚀", "\t tabs \n lines ",
            "\u0000\u001f", "x".repeat(300));
    private final Normalizer normalizer = new Normalizer(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverThrowsNeverLeaksNullsAndIsIdempotent(int seed) throws Exception {
        Random random = new Random(seed);
        JsonNode document = random.nextInt(10) == 0 ? value(random, 0) : object(random, 0);
        Normalizer.Outcome first = normalizer.normalize(document.toString().getBytes(StandardCharsets.UTF_8), "gen.json");
        if (first.resume().isPresent()) {
            assertNoNulls(first.resume().get(), "resume");
        }
        if (first.cleaned().isPresent() && !first.hasErrors()) {
            Normalizer.Outcome second = normalizer.normalize(
                    first.cleaned().get().toString().getBytes(StandardCharsets.UTF_8), "gen.json");
            assertEquals(first.cleaned(), second.cleaned(), "normalize is not idempotent for seed " + seed);
            assertEquals(first.resume(), second.resume());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void arbitraryBytesNeverThrow(int seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        assertNotNull(normalizer.normalize(bytes, seed % 2 == 0 ? "x.json" : "x.yaml"));
        String json = object(random, 0).toString();
        String cut = json.substring(0, random.nextInt(json.length() + 1));
        assertNotNull(normalizer.normalize(cut.getBytes(StandardCharsets.UTF_8), "cut.json"));
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        int fields = random.nextInt(depth == 0 ? 8 : 5);
        for (int i = 0; i < fields; i++) {
            object.set(KEYS.get(random.nextInt(KEYS.size())), value(random, depth + 1));
        }
        return object;
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 5 : 8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(3000) - 100);
            case 3, 4 -> NODES.textNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 5 -> object(random, depth);
            default -> array(random, depth);
        };
    }

    private static ArrayNode array(Random random, int depth) {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
            array.add(random.nextBoolean() ? object(random, depth) : value(random, depth + 1));
        }
        return array;
    }

    /** Walks records, lists and optionals: every component is set. */
    private static void assertNoNulls(Object value, String path) throws Exception {
        assertNotNull(value, path + " is null");
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                assertNoNulls(component.getAccessor().invoke(record), path + "." + component.getName());
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                assertNoNulls(item, path + "[]");
            }
        } else if (value instanceof Optional<?> optional && optional.isPresent()) {
            assertNoNulls(optional.get(), path);
        }
        assertTrue(!(value instanceof String s) || !s.contains("\u0000"), path + " holds a NUL");
    }
}
