package dev.cvpress.normalize.validate;

import static dev.cvpress.normalize.validate.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.support.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {
    private final SchemaCheck check = new SchemaCheck();

    /** The v1.3.1 outcomes /shared/corpus/SOURCES.md lists: the pointers that fail, none for PASS. */
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("ancv-showcase-jane-cooper-emoji.json", List.of()),
            Map.entry("ancv-test-full-john-doe-long.json", List.of()),
            Map.entry("ancv-test-partial-john-doe.json", List.of()),
            Map.entry("fresh-starter-jrs-starter-resume.json", List.of()),
            Map.entry("fresh-test-jrs-empty.json", List.of("/awards/0/date", "/basics/email", "/basics/profiles/0/url",
                    "/education/0/endDate", "/education/0/startDate", "/publications/0/releaseDate",
                    "/volunteer/0/endDate", "/volunteer/0/startDate", "/work/0/endDate", "/work/0/startDate")),
            Map.entry("fresh-test-jrs-jane-fullstacker.json", List.of()),
            Map.entry("fresh-test-jrs-jane-incomplete.json", List.of()),
            Map.entry("fresh-test-jrs-john-doe.json", List.of()),
            Map.entry("jsonresume-schema-fixture-invalid-basics-wrong-type.json", List.of("/basics")),
            Map.entry("jsonresume-schema-fixture-invalid-email.json", List.of("/basics/email")),
            Map.entry("jsonresume-theme-macchiato-richard-hendriks-mixed-fields.json",
                    List.of("/basics/profiles/0/url", "/basics/profiles/1/url", "/projects/0/url")),
            Map.entry("jsonresume-theme-react-de-max-mueller.json", List.of()),
            Map.entry("jsonresume-theme-react-en-john-doe-language-field.json", List.of()),
            Map.entry("jsonresume-theme-react-fr-jean-dupont.json", List.of()),
            Map.entry("jsonresume-theme-react-it-mario-rossi.json", List.of()),
            Map.entry("jsonresume-theme-rirekisho-ja-tanaka-hanako.json", List.of("/volunteer/0/endDate", "/work/0/endDate")),
            Map.entry("jsonresume-theme-stackoverflow-richard-hendriks-empty-enddate.json",
                    List.of("/work/0/endDate", "/work/2/url")),
            Map.entry("jsonresume-v0.0.11-sample-richard-hendriks-bio-format.json", List.of()),
            Map.entry("jsonresume-v0.0.16-sample-richard-hendriks-legacy-fields.json", List.of("/basics/profiles/0/url")),
            Map.entry("jsonresume-v0.1.3-sample-richard-hendriks-gpa.json",
                    List.of("/basics/profiles/0/url", "/projects/0/url")),
            Map.entry("jsonresume-v1.3.1-example-daniel-reyes-career-changer.json", List.of()),
            Map.entry("jsonresume-v1.3.1-example-lena-vasquez-senior-engineer.json", List.of()),
            Map.entry("jsonresume-v1.3.1-example-maya-okonkwo-new-grad.json", List.of()),
            Map.entry("jsonresume-v1.3.1-sample-richard-hendriks.json", List.of())));

    @Test
    void everyCorpusFileHasTheListedOutcome() {
        Path dir = Shared.require("corpus/jsonresume");
        List<Path> files = Shared.files("corpus/jsonresume", "*.json");
        Map<String, List<String>> actual = new TreeMap<>();
        for (Path file : files) {
            List<Diagnostic> found = Trees.run(Trees.parse(file), check::check);
            found.forEach(d -> assertTrue(d.line() > 0, file.getFileName() + ": unlocated " + d));
            actual.put(file.getFileName().toString(), found.stream().map(Diagnostic::pointer).sorted().toList());
        }
        assertEquals(EXPECTED, actual, "schema outcomes of " + dir);
    }

    @Test
    void basicsAsAnArrayIsOneLocatedError() {
        Path file = Shared.require("corpus/jsonresume").resolve("jsonresume-schema-fixture-invalid-basics-wrong-type.json");
        Diagnostic only = single(Trees.run(Trees.parse(file), check::check));
        assertEquals(Severity.ERROR, only.severity());
        assertEquals("SCHEMA", only.code());
        assertEquals("/basics", only.pointer());
        assertEquals("expected an object, found an array", only.message());
        assertTrue(only.line() > 0 && only.column() > 0, only.toString());
    }

    @Test
    void notAnEmailIsOneLocatedError() {
        Path file = Shared.require("corpus/jsonresume").resolve("jsonresume-schema-fixture-invalid-email.json");
        Diagnostic only = single(Trees.run(Trees.parse(file), check::check));
        assertEquals("/basics/email", only.pointer());
        assertEquals("\"This is not an email address\" is not an email address", only.message());
        assertTrue(only.line() > 0 && only.column() > 0, only.toString());
    }

    @Test
    void aDateInTheWrongFormSaysWhatIsExpected() {
        Diagnostic only = single(Trees.run(json("{'work': [{'startDate': '2020-1'}]}"), check::check));
        assertEquals("/work/0/startDate", only.pointer());
        assertEquals("\"2020-1\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD", only.message());
        assertEquals(1, only.line());
    }

    @Test
    void anEmptyEndDateIsToBeLeftOut() {
        Diagnostic only = single(Trees.run(json("{'work': [{'endDate': ''}]}"), check::check));
        assertEquals("\"\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD", only.message());
        assertEquals("leave the field out when there is no date", only.hint());
    }

    @Test
    void aWebAddressWithoutSchemeGetsOne() {
        Diagnostic only = single(Trees.run(json("{'projects': [{'url': 'example.com/app'}]}"), check::check));
        assertEquals("/projects/0/url", only.pointer());
        assertEquals("\"example.com/app\" is not a complete web address", only.message());
        assertEquals("did you mean \"https://example.com/app\"?", only.hint());
    }

    /** The compile a command starts ahead (render, while its style loads) is the one every check then uses. */
    @Test
    void checksAfterABackgroundCompileReportAsEver() {
        SchemaCheck.compileInBackground();
        SchemaCheck.compileInBackground();
        Diagnostic only = single(Trees.run(json("{'work': [{'startDate': '2020-1'}]}"), new SchemaCheck()::check));
        assertEquals("/work/0/startDate", only.pointer());
        assertEquals("\"2020-1\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD", only.message());
    }

    @Test
    void aStringWhereAListBelongsNamesBothTypes() {
        Diagnostic only = single(Trees.run(json("{'work': [{'highlights': 'Shipped it'}]}"), check::check));
        assertEquals("/work/0/highlights", only.pointer());
        assertEquals("expected an array, found a string", only.message());
    }

    @Test
    void pointersAreEscapedAndLocatedOnTheirLine() {
        String resume = "{\n  \"basics\": {\n    \"location\": \"Berlin\"\n  }\n}";
        Diagnostic only = single(Trees.run(resume, check::check));
        assertEquals("/basics/location", only.pointer());
        assertEquals(3, only.line());
    }

    @Test
    void oneWrongValueIsOneDiagnosticThoughSeveralAlternativesFail() throws Exception {
        var schema = BundledSchema.compile(new ObjectMapper().readTree(json("{'$schema': "
                + "'http://json-schema.org/draft-07/schema#', 'required': ['name', 'label'], "
                + "'additionalProperties': false, 'properties': {'name': {'type': 'string'}, 'label': {}, "
                + "'a/b': {'anyOf': [{'type': 'string'}, {'type': 'number'}]}}}")));
        List<Diagnostic> found = Trees.run(json("{'a/b': true, 'extra': 1}"), new SchemaCheck(schema)::check);
        List<String> lines = new ArrayList<>();
        found.forEach(d -> lines.add(d.pointer() + " " + d.message()));
        assertEquals(List.of(
                " the required field \"label\" is missing",
                " the required field \"name\" is missing",
                "/a~1b expected a string or a number, found a boolean",
                "/extra the field \"extra\" is not allowed here"), lines.stream().sorted().toList());
    }

    @Test
    void oneSharedCheckGivesTheSameAnswersOnManyThreads() throws Exception {
        List<String> documents = List.of(json("{'basics': {'email': 'nope', 'profiles': [{'url': ''}]}}"),
                json("{'work': [{'startDate': 'May 2020', 'highlights': 'x'}]}"), json("{'basics': []}"), "{}");
        List<List<Diagnostic>> expected = documents.stream().map(d -> Trees.run(d, check::check)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Diagnostic>>>> answers = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                answers.add(pool.submit(() -> documents.stream().map(d -> Trees.run(d, new SchemaCheck()::check)).toList()));
            }
            for (Future<List<List<Diagnostic>>> answer : answers) {
                assertEquals(expected, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Diagnostic single(List<Diagnostic> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
