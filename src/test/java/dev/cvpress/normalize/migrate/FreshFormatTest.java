package dev.cvpress.normalize.migrate;

import static dev.cvpress.normalize.migrate.Fixtures.laterProblemLine;
import static dev.cvpress.normalize.migrate.Fixtures.lineOf;
import static dev.cvpress.normalize.migrate.Fixtures.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FRESH, section by section, with private entries and sections JSON Resume cannot hold. */
class FreshFormatTest {
    static final String FRESH = """
            {
              "name": "Jane Q. Fullstacker",
              "meta": {"format": "FRESH@0.6.0", "version": "0.4.0"},
              "info": {"label": "Senior Developer", "brief": "Builds things.", "image": "jane.png",
                "quote": "Be the change."},
              "contact": {"email": "jane@example.org", "phone": "555-0100", "website": "https://jane.example"},
              "location": {"city": "Mountain View", "region": "CA", "code": "94035", "country": "US"},
              "social": [{"network": "GitHub", "user": "janef", "url": "https://github.example/janef"}],
              "employment": {"summary": "Seven years.", "history": [
                {"employer": "Area 52", "position": "Head Code Ninja",
                  "start": "2013-09",
                  "highlights": ["Managed a team"], "keywords": ["C"]},
                {"employer": "Veridian Dynamics", "position": "Principal Developer",
                  "start": "2011-07", "end": "2013-08"}
              ]},
              "education": {"level": "degree", "history": [
                {"institution": "Cornell University", "title": "BSCS", "start": "2005-09", "end": "2008-05",
                  "grade": "3.5", "curriculum": ["Algorithms"]},
                {"institution": "Ninjitsu Academy", "private": true}
              ]},
              "service": {"history": [
                {"organization": "Technology for Tots", "position": "Consultant", "start": "2003-11"}]},
              "skills": {"sets": [{"name": "Web", "level": "advanced", "skills": ["HTML", "CSS"]}],
                "list": [{"name": "C++", "level": "9", "years": 7}]},
              "recognition": [{"title": "Honorable Mention", "from": "Google", "date": "2012"}],
              "writing": [{"title": "Teach Yourself GORFF", "date": "2008",
                  "publisher": {"name": "Amazon", "url": "https://amazon.example"}},
                {"title": "Blog", "publisher": "self"}],
              "projects": [{"title": "HackMyResume", "role": "contributor", "repo": "https://github.example/hmr",
                "start": "2015-09", "category": "FOSS", "summary": "A tool."}],
              "samples": [
                {"title": "Asteroids", "url": "https://asteroids.example", "date": "2014-09"}],
              "languages": [{"language": "Spanish", "level": "Moderate"}],
              "interests": [{"name": "hiking"}],
              "testimonials": [{"name": "Dana Nevins",
                "quote": "One in a million."}],
              "references": [{"name": "John Davidson", "private": true, "summary": "Call me."}],
              "speaking": [{"title": "DARMA 2.0", "event": "OPENSTART"}],
              "favouriteColour": "blue"
            }
            """;

    private static final String FRESH_AS_JSON_RESUME = """
            {
              "basics": {"name": "Jane Q. Fullstacker", "label": "Senior Developer", "image": "jane.png",
                "summary": "Builds things.", "email": "jane@example.org", "phone": "555-0100",
                "url": "https://jane.example",
                "location": {"postalCode": "94035", "city": "Mountain View", "countryCode": "US", "region": "CA"},
                "profiles": [{"network": "GitHub", "username": "janef", "url": "https://github.example/janef"}]},
              "work": [
                {"name": "Area 52", "position": "Head Code Ninja", "startDate": "2013-09",
                  "highlights": ["Managed a team"]},
                {"name": "Veridian Dynamics", "position": "Principal Developer", "startDate": "2011-07",
                  "endDate": "2013-08"}],
              "education": [{"institution": "Cornell University", "studyType": "BSCS", "startDate": "2005-09",
                "endDate": "2008-05", "score": "3.5", "courses": ["Algorithms"]}],
              "volunteer": [
                {"organization": "Technology for Tots", "position": "Consultant", "startDate": "2003-11"}],
              "skills": [{"name": "Web", "level": "advanced", "keywords": ["HTML", "CSS"]},
                {"name": "C++", "level": "9"}],
              "awards": [{"title": "Honorable Mention", "awarder": "Google", "date": "2012"}],
              "publications": [{"name": "Teach Yourself GORFF", "publisher": "Amazon", "releaseDate": "2008"},
                {"name": "Blog", "publisher": "self"}],
              "projects": [
                {"name": "HackMyResume", "description": "A tool.", "startDate": "2015-09",
                  "url": "https://github.example/hmr", "roles": ["contributor"], "type": "FOSS"},
                {"name": "Asteroids", "startDate": "2014-09", "url": "https://asteroids.example"}],
              "languages": [{"language": "Spanish", "fluency": "Moderate"}],
              "interests": [{"name": "hiking"}],
              "references": [{"name": "Dana Nevins", "reference": "One in a million."}],
              "meta": {"version": "0.4.0"}
            }
            """;

    @Test
    void convertsFreshToJsonResume() {
        Fixtures.Run run = Fixtures.migrate(FRESH);
        assertEquals(tree(FRESH_AS_JSON_RESUME), run.output());

        Diagnostic notice = run.withCode("MIGRATED").get(0);
        assertEquals(Severity.INFO, notice.severity());
        assertEquals("", notice.pointer());
        assertEquals(1, notice.line());
        assertEquals("converted from FRESH (FRESH@0.6.0) to JSON Resume 1.x", notice.message());
        assertEquals(List.of("/education/history/1", "/references/0"),
                run.withCode("PRIVATE_LEFT_OUT").stream().map(Diagnostic::pointer).toList());
        Diagnostic leftOut = run.withCode("NOT_CONVERTED").get(0);
        assertEquals(Severity.WARNING, leftOut.severity());
        assertEquals("/info/quote", leftOut.pointer());
        assertTrue(leftOut.message().contains("/info/quote, /speaking, /favouriteColour"), leftOut.message());

        assertEquals(lineOf(FRESH, "\"start\": \"2013-09\""), laterProblemLine(run, "/work/0/startDate"));
        assertEquals(lineOf(FRESH, "Asteroids"), laterProblemLine(run, "/projects/1/name"));
        assertEquals(lineOf(FRESH, "One in a million"), laterProblemLine(run, "/references/0/reference"));
        assertEquals(lineOf(FRESH, "\"skills\": [\"HTML\""), laterProblemLine(run, "/skills/0/keywords/1"));
    }

    /** A lone object stands for a list of one, a blank value for no value; other odd entries go on as written. */
    @Test
    void mapsOddShapesAsFarAsTheyGo() {
        Fixtures.Run run = Fixtures.migrate("""
                {"name": "Ada", "employment": {"history": [{"employer": "Engines"}, "Freelance"]},
                  "skills": {"sets": {"name": "Maths", "skills": ["Algebra"]}},
                  "education": {"history": [{"institution": "Somerville", "studyType": " ", "title": "BSc"}]}}
                """);
        assertEquals(tree("""
                {"basics": {"name": "Ada"}, "work": [{"name": "Engines"}, "Freelance"],
                  "skills": [{"name": "Maths", "keywords": ["Algebra"]}],
                  "education": [{"institution": "Somerville", "studyType": "BSc"}]}
                """), run.output());
        assertEquals("converted from FRESH to JSON Resume 1.x", run.withCode("MIGRATED").get(0).message());
        assertEquals(List.of(), run.withCode("NOT_CONVERTED"));
    }
}
