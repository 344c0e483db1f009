package dev.cvpress.normalize.migrate;

import static dev.cvpress.normalize.migrate.Fixtures.laterProblemLine;
import static dev.cvpress.normalize.migrate.Fixtures.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** JSON Resume 0.x field names, alone or mixed into a 1.x file. */
class LegacyNamesTest {
    static final String LEGACY = """
            {
              "basics": {
                "name": "Ada Lovelace",
                "picture": "ada.png",
                "website": "https://ada.example"
              },
              "work": [{
                "company": "Analytical Engines",
                "website": "https://engines.example",
                "position": "Analyst"
              }],
              "education": [{"institution": "Somerville", "gpa": "3.9"}],
              "hobbies": [
                {"name": "Chess"}
              ]
            }
            """;

    @Test
    void renamesEachLegacyFieldAndSaysWhereItWasWritten() {
        Fixtures.Run run = Fixtures.migrate(LEGACY);
        ObjectNode out = run.output();
        assertEquals("Analytical Engines", out.at("/work/0/name").asText());
        assertEquals(List.of("name", "url", "position"), names(out.at("/work/0")), "field order is kept");
        assertEquals("ada.png", out.at("/basics/image").asText());
        assertEquals("https://ada.example", out.at("/basics/url").asText());
        assertEquals("3.9", out.at("/education/0/score").asText());
        assertEquals("Chess", out.at("/interests/0/name").asText());

        Map<String, String> writtenAt = Map.of("/basics/picture", "ada.png", "/basics/website", "ada.example",
                "/work/0/company", "Analytical", "/work/0/website", "engines.example", "/education/0/gpa", "3.9",
                "/hobbies", "hobbies");
        List<Diagnostic> migrated = run.withCode("MIGRATED");
        assertEquals(writtenAt.keySet(), migrated.stream().map(Diagnostic::pointer).collect(Collectors.toSet()));
        for (Diagnostic d : migrated) {
            assertEquals(Severity.INFO, d.severity());
            assertEquals(lineOf(LEGACY, writtenAt.get(d.pointer())), d.line(), d.toString());
        }
        assertTrue(migrated.stream().anyMatch(d -> d.message()
                .equals("\"company\" is the JSON Resume 0.x name; read as \"name\"")), migrated.toString());
        assertEquals(lineOf(LEGACY, "\"company\""), laterProblemLine(run, "/work/0/name"));
        assertEquals(lineOf(LEGACY, "Chess"), laterProblemLine(run, "/interests/0/name"));
    }

    @Test
    void keepsTheCurrentNameWhenBothAreWritten() {
        Fixtures.Run run = Fixtures.migrate("""
                {"work": [{"company": "Old name", "name": "New name"}]}
                """);
        assertEquals("{\"name\":\"New name\"}", run.output().at("/work/0").toString());
        Diagnostic duplicate = run.withCode("DUPLICATE_FIELD").get(0);
        assertEquals(Severity.WARNING, duplicate.severity());
        assertEquals("/work/0/company", duplicate.pointer());
        assertTrue(run.withCode("MIGRATED").isEmpty());
    }

    @Test
    void copiesACurrentFileAsItIs() {
        Fixtures.Run run = Fixtures.migrate("""
                {"basics": {"name": "Ada", "url": "https://ada.example"}, "work": [{"name": "Engines"}], "x-own": 1}
                """);
        assertEquals(run.source().root(), run.output());
        assertNotSame(run.source().root(), run.output());
        assertEquals(List.of(), run.diagnostics());
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}
