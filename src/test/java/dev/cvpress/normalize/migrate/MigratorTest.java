package dev.cvpress.normalize.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every migration shares: refusing other formats by name, and never touching the input. */
class MigratorTest {
    @Test
    void suggestsTheSectionNamesMeantByNearMisses() {
        Fixtures.Run run = Fixtures.migrate("""
                {
                  "Work": [],
                  "educaton": []
                }
                """);
        assertTrue(run.result().isEmpty());
        Diagnostic error = run.withCode("UNSUPPORTED_FORMAT").get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("/Work", error.pointer());
        assertEquals(2, error.line());
        assertEquals("no JSON Resume sections found (basics, work, education, ...)", error.message());
        assertEquals("did you mean \"work\" for \"Work\", \"education\" for \"educaton\"?", error.hint());

        assertEquals("did you mean \"education\"?",
                Fixtures.migrate("{\"educaton\": []}").withCode("UNSUPPORTED_FORMAT").get(0).hint());
        Diagnostic nothingClose = Fixtures.migrate("{\"colour\": \"blue\"}").withCode("UNSUPPORTED_FORMAT").get(0);
        assertEquals("", nothingClose.pointer());
        assertTrue(nothingClose.hint().startsWith("cvpress reads JSON Resume 1.x"), nothingClose.hint());
    }

    @Test
    void namesTheFormatItDoesNotConvert() {
        Fixtures.Run run = Fixtures.migrate("""
                {"cv": {"name": "John Doe", "sections": {}}, "design": {"theme": "classic"}}
                """);
        assertTrue(run.result().isEmpty());
        Diagnostic error = run.withCode("UNSUPPORTED_FORMAT").get(0);
        assertEquals("/cv", error.pointer());
        assertEquals("this looks like a RenderCV YAML file, not a JSON Resume", error.message());
        assertTrue(error.hint().startsWith("cvpress reads JSON Resume 1.x, its 0.x forms and FRESH"), error.hint());
    }

    @ParameterizedTest
    @ValueSource(strings = {LegacyNamesTest.LEGACY, BioFormatTest.BIO, FreshFormatTest.FRESH,
            "{\"basics\": {\"name\": \"Ada\"}}", "{\"Work\": [1]}", "{\"cv\": {\"name\": \"A\"}}"})
    void neverChangesItsInput(String json) {
        Fixtures.Run run = Fixtures.migrate(json);
        JsonNode before = Fixtures.located(json).root();
        assertEquals(before, run.source().root());
        run.result().ifPresent(MigratorTest::scramble);
        assertEquals(before, run.source().root(), "the output shares no node with the input");
    }

    /** Empties every object and list of a tree, so any node shared with the input would show. */
    private static void scramble(JsonNode node) {
        node.forEach(MigratorTest::scramble);
        if (node instanceof ObjectNode object) {
            object.removeAll();
        } else if (node instanceof ArrayNode array) {
            array.removeAll();
        }
    }
}
