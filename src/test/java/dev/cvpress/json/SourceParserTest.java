package dev.cvpress.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceParserTest {
    private final SourceParser parser = new SourceParser();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void commentsAndTrailingCommasAreReadWithAWarning() {
        SourceParser.Parsed parsed = parser.parse(utf8("{\n  // who\n  \"basics\": {\"name\": \"Ada\",},\n}"), "cv.json");
        assertEquals("Ada", parsed.tree().orElseThrow().root().at("/basics/name").asText());
        Diagnostic warning = parsed.diagnostics().get(0);
        assertEquals("LENIENT_JSON", warning.code());
        assertEquals(2, warning.line());
    }

    @Test
    void invalidUtf8IsAnErrorWithItsByteOffset() {
        byte[] bytes = utf8("{\"basics\": {\"name\": \"Ad?\"}}");
        bytes[23] = (byte) 0xC3;
        SourceParser.Parsed parsed = parser.parse(bytes, "cv.json");
        assertTrue(parsed.tree().isEmpty());
        assertTrue(parsed.diagnostics().get(0).message().contains("byte offset 23"), parsed.diagnostics().toString());
    }

    @Test
    void yamlIsReadWithLocations() {
        SourceParser.Parsed parsed = parser.parse(utf8("basics:\n  name: Ada\nwork:\n  - name: Engines\n    startDate: 2020-01\n"), "cv.yaml");
        LocatedTree tree = parsed.tree().orElseThrow();
        assertEquals("Engines", tree.root().at("/work/0/name").asText());
        assertEquals(5, tree.locate("/work/0/startDate").line());
    }

    @Test
    void yamlAliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        SourceParser.Parsed parsed = parser.parse(utf8(yaml.toString()), "bomb.yaml");
        assertTrue(parsed.diagnostics().stream().allMatch(d -> d.severity() != dev.cvpress.diag.Severity.INFO));
        parsed.tree().ifPresent(tree -> assertTrue(tree.root().toString().length() < 10_000, "aliases were expanded"));
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() {
        SourceParser.Parsed parsed = parser.parse(new byte[SourceParser.MAX_BYTES + 1], "big.json");
        assertEquals("TOO_LARGE", parsed.diagnostics().get(0).code());
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        SourceParser.Parsed parsed = parser.parse(utf8(deep), "deep.json");
        assertTrue(parsed.tree().isEmpty());
        assertEquals(dev.cvpress.diag.Severity.ERROR, parsed.diagnostics().get(0).severity());
    }
}
