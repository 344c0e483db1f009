package dev.cvpress.normalize.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.LocatedTreeReader;
import dev.cvpress.normalize.Reporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final String MESSY = """
            {
              "basics": {
                "name": "  Ada   Lovelace ",
                "email": " mailto:ada@example.org ",
                "url": "example.org/ada",
                "image": "javascript:alert(1)",
                "profiles": [{"network": "GitHub", "url": "file:///etc/passwd", "username": ""}]
              },
              "work": [{
                "name": "Analytical Engines",
                "startDate": "Jan 2020",
                "endDate": "Present",
                "highlights": ["• Built the mill", "- Built the mill", "", "  * Wrote notes  "],
                "summary": "Line one.\\n\\n\\n\\nLine   two."
              }],
              "education": [{"institution": "Somerville", "startDate": "2020-13", "score": 3.9}],
              "skills": [{"name": "Maths", "keywords": "algebra, calculus ,  "}],
              "projects": {"name": "Notes", "roles": "Author"}
            }
            """;

    private static ObjectNode clean(String json, List<Diagnostic> out) {
        LocatedTree tree = ((LocatedTreeReader.Result.Parsed) LocatedTreeReader.json()
                .read(json.getBytes(StandardCharsets.UTF_8))).tree();
        Reporter reporter = new Reporter(tree);
        ObjectNode root = (ObjectNode) tree.root().deepCopy();
        new Cleaner(reporter).clean(root);
        out.addAll(reporter.diagnostics());
        return root;
    }

    @Test
    void cleansEveryKindOfFieldAndSaysWhat() {
        List<Diagnostic> diagnostics = new java.util.ArrayList<>();
        ObjectNode r = clean(MESSY, diagnostics);
        assertEquals("Ada Lovelace", r.at("/basics/name").asText());
        assertEquals("ada@example.org", r.at("/basics/email").asText());
        assertEquals("https://example.org/ada", r.at("/basics/url").asText());
        assertTrue(r.at("/basics/image").isMissingNode(), "javascript: image dropped");
        assertTrue(r.at("/basics/profiles/0/url").isMissingNode(), "file: URL dropped");
        assertEquals("2020-01", r.at("/work/0/startDate").asText());
        assertTrue(r.at("/work/0/endDate").isMissingNode(), "Present means no endDate");
        assertEquals("[\"Built the mill\",\"Wrote notes\"]", r.at("/work/0/highlights").toString());
        assertEquals("Line one.\n\nLine two.", r.at("/work/0/summary").asText());
        assertTrue(r.at("/education/0/startDate").isMissingNode(), "month 13 is not guessed");
        assertEquals("3.9", r.at("/education/0/score").asText());
        assertEquals("[\"algebra\",\"calculus\"]", r.at("/skills/0/keywords").toString());
        assertEquals("[\"Author\"]", r.at("/projects/0/roles").toString());
        for (String code : List.of("UNSAFE_URL", "URL_SCHEME_ADDED", "DATE_CLEANED", "DATE_PRESENT", "IMPOSSIBLE_DATE",
                "DUPLICATE_ITEM", "LIST_EXPECTED", "TYPE_CONVERTED", "TEXT_CLEANED", "EMPTY_DROPPED")) {
            assertTrue(diagnostics.stream().anyMatch(d -> d.code().equals(code)), code + " not reported: " + diagnostics);
        }
        Diagnostic impossible = diagnostics.stream().filter(d -> d.code().equals("IMPOSSIBLE_DATE")).findFirst().orElseThrow();
        assertEquals("/education/0/startDate", impossible.pointer());
        assertEquals(16, impossible.line());
    }

    @Test
    void cleaningItsOwnOutputChangesNothing() {
        ObjectNode once = clean(MESSY, new java.util.ArrayList<>());
        List<Diagnostic> second = new java.util.ArrayList<>();
        ObjectNode twice = clean(once.toString(), second);
        assertEquals(once, twice);
        assertFalse(second.stream().anyMatch(d -> !d.code().equals("LIST_EXPECTED")), second.toString());
    }
}
