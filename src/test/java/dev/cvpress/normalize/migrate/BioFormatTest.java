package dev.cvpress.normalize.migrate;

import static dev.cvpress.normalize.migrate.Fixtures.laterProblemLine;
import static dev.cvpress.normalize.migrate.Fixtures.lineOf;
import static dev.cvpress.normalize.migrate.Fixtures.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** The 2014 "bio" shape (JSON Resume schema 0.0.11). */
class BioFormatTest {
    static final String BIO = """
            {
              "bio": {
                "firstName": "Richard",
                "lastName": "Hendriks",
                "email": {"work": "richard@piedpiper.example", "personal": "richard@home.example"},
                "phone": {"work": "(912) 555-1234"},
                "label": "Programmer",
                "picture": "richard.png",
                "location": {"city": "San Francisco", "countryCode": "US",
                  "state": "California"},
                "websites": {"blog": "https://blog.example", "portfolio": "https://work.example"},
                "profiles": {"github": "rhendriks", "twitter": "https://twitter.example/rh"},
                "nickname": "Richie"
              },
              "work": [{"company": "Pied Piper", "startDate": "2013-12-01"}],
              "awards": [{"title": "Pioneer", "awardDate": "2014-11-01"}],
              "hobbies": [{"name": "Compression"}]
            }
            """;

    @Test
    void buildsBasicsFromTheBioShape() {
        Fixtures.Run run = Fixtures.migrate(BIO);
        ObjectNode basics = (ObjectNode) run.output().get("basics");
        assertEquals("Richard Hendriks", basics.get("name").asText());
        assertEquals("richard@home.example", basics.get("email").asText(), "the personal address is preferred");
        assertEquals("(912) 555-1234", basics.get("phone").asText(), "the work number when it is the only one");
        assertEquals("richard.png", basics.get("image").asText());
        assertEquals("https://blog.example", basics.get("url").asText());
        assertEquals(tree("{\"city\": \"San Francisco\", \"countryCode\": \"US\", \"region\": \"California\"}"),
                basics.get("location"));
        assertEquals(tree("""
                [{"network": "github", "username": "rhendriks"},
                 {"network": "twitter", "url": "https://twitter.example/rh"},
                 {"network": "portfolio", "url": "https://work.example"}]"""), basics.get("profiles"));
        assertEquals("Richie", basics.get("nickname").asText(), "unknown bio fields are kept");
        assertEquals("Pied Piper", run.output().at("/work/0/name").asText());
        assertEquals("2014-11-01", run.output().at("/awards/0/date").asText());
        assertEquals("Compression", run.output().at("/interests/0/name").asText());
        assertTrue(run.output().path("bio").isMissingNode());

        assertEquals(1, run.diagnostics().size(), "one notice for the whole file: " + run.diagnostics());
        Diagnostic notice = run.withCode("MIGRATED").get(0);
        assertEquals("/bio", notice.pointer());
        assertEquals(2, notice.line());
        assertTrue(notice.message().contains("2014"), notice.message());
        assertEquals(lineOf(BIO, "\"state\""), laterProblemLine(run, "/basics/location/region"));
        assertEquals(lineOf(BIO, "\"firstName\""), laterProblemLine(run, "/basics/name"));
        assertEquals(lineOf(BIO, "\"label\""), laterProblemLine(run, "/basics/label"));
        assertEquals(lineOf(BIO, "Pied Piper"), laterProblemLine(run, "/work/0/name"));
    }

    @Test
    void takesValuesAlreadyInTheCurrentFormAsTheyAre() {
        Fixtures.Run run = Fixtures.migrate("""
                {"bio": {"lastName": "Hendriks", "email": "richard@example.org", "websites": "https://r.example",
                  "profiles": [{"network": "GitHub", "username": "rh"}]}}
                """);
        assertEquals(tree("""
                {"basics": {"name": "Hendriks", "email": "richard@example.org", "url": "https://r.example",
                  "profiles": [{"network": "GitHub", "username": "rh"}]}}
                """), run.output());
    }
}
