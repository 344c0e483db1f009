package dev.cvpress.normalize.migrate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.normalize.Reporter;
import dev.cvpress.normalize.ResumeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Migration of the shared corpus (read in place): same person, same data, whatever the source shape. */
class CorpusMigrationTest {
    private static final String HENDRIKS = "jsonresume/jsonresume-v1.3.1-sample-richard-hendriks.json";

    @Test
    void freshJaneMatchesHerJsonResumeTwin() {
        ObjectNode fresh = migrated("fresh/fresh-test-jane-fullstacker.fresh.json");
        ObjectNode twin = migrated("jsonresume/fresh-test-jrs-jane-fullstacker.json");
        assertEquals("Jane Q. Fullstacker", fresh.at("/basics/name").asText());
        assertEquals(twin.at("/basics/name"), fresh.at("/basics/name"));
        assertEquals(4, jobs(fresh).size());
        assertEquals(jobs(twin), jobs(fresh));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonresume/jsonresume-v0.0.16-sample-richard-hendriks-legacy-fields.json",
            "jsonresume/jsonresume-v0.0.11-sample-richard-hendriks-bio-format.json"})
    void olderHendriksSamplesMatchTheCurrentOne(String name) {
        ObjectNode current = migrated(HENDRIKS);
        ObjectNode old = migrated(name);
        assertEquals("Richard Hendriks", old.at("/basics/name").asText());
        assertEquals(current.at("/basics/name"), old.at("/basics/name"));
        assertEquals(jobs(current), jobs(old));
        // The same person's data that did not change between releases (e-mail and URLs did).
        List<Executable> same = new ArrayList<>();
        for (String pointer : List.of("/basics/phone", "/basics/location/city", "/basics/location/countryCode",
                "/basics/location/region", "/education/0/institution", "/education/0/startDate", "/awards/0/date",
                "/publications/0/url", "/skills", "/references")) {
            same.add(() -> assertEquals(current.at(pointer), old.at(pointer), pointer));
        }
        assertAll(name, same);
    }

    @Test
    void theLegacySampleGpaBecomesTheScore() {
        assertEquals(migrated(HENDRIKS).at("/education/0/score"),
                migrated("jsonresume/jsonresume-v0.0.16-sample-richard-hendriks-legacy-fields.json")
                        .at("/education/0/score"));
    }

    @ParameterizedTest
    @CsvSource({
        "yaml/rendercv-v2.8-john-doe-classic.yaml, RenderCV YAML, /cv",
        "yaml/rendercv-ats-minimal.yaml, RenderCV YAML, /cv",
        "yaml/yamlresume-andy-dufresne.yml, YAMLResume, /content",
        "yaml/yamlresume-invalid-schema.yml, YAMLResume, /content",
        "other/reactive-resume-v4-sample-pikachu-john-doe.json, Reactive Resume JSON, /sections"})
    void refusesOtherFormatsAndNamesThem(String name, String format, String pointer) {
        Fixtures.Run run = Fixtures.migrate(Fixtures.requireCorpusFile(name));
        assertTrue(run.result().isEmpty());
        assertEquals(1, run.diagnostics().size(), run.diagnostics().toString());
        Diagnostic error = run.withCode("UNSUPPORTED_FORMAT").get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("this looks like a " + format + " file, not a JSON Resume", error.message());
        assertEquals(pointer, error.pointer());
        assertTrue(error.line() > 0, error.toString());
        assertTrue(error.hint().startsWith("cvpress reads JSON Resume 1.x, its 0.x forms and FRESH; "), error.hint());
    }

    /**
     * Every JSON Resume and FRESH file converts without errors and without touching its input, to a
     * tree the detector calls current JSON Resume; every notice is located in the file.
     */
    @Test
    void convertsEveryJsonResumeAndFreshFile() {
        List<Executable> checks = new ArrayList<>();
        for (String name : convertibleFiles()) {
            checks.add(() -> {
                LocatedTree source = Fixtures.requireCorpusFile(name);
                JsonNode before = source.root().deepCopy();
                SourceFormat format = FormatDetector.detect(source.root());
                Fixtures.Run run = Fixtures.migrate(source);
                assertEquals(before, source.root(), "input changed");
                assertFalse(run.reporter().hasErrors(), run.diagnostics().toString());
                assertEquals(SourceFormat.JSON_RESUME, FormatDetector.detect(run.output()));
                assertEquals(format != SourceFormat.JSON_RESUME, !run.withCode("MIGRATED").isEmpty());
                assertTrue(run.diagnostics().stream().allMatch(d -> d.line() > 0), run.diagnostics().toString());
            });
        }
        assertAll(checks);
    }

    /** What a conversion builds (FRESH, bio) is read by the model without a single type complaint. */
    @ParameterizedTest
    @ValueSource(strings = {"fresh/fresh-test-jane-fullstacker.fresh.json",
            "fresh/fresh-test-johnny-trouble.fresh.json", "fresh/fresh-starter-resume.fresh.json",
            "fresh/fresh-test-empty.fresh.json",
            "jsonresume/jsonresume-v0.0.11-sample-richard-hendriks-bio-format.json"})
    void convertedTreesReadCleanly(String name) {
        Fixtures.Run run = Fixtures.migrate(Fixtures.requireCorpusFile(name));
        Reporter reader = new Reporter(run.source());
        new ResumeReader().read(run.output(), reader);
        assertEquals(List.of(), reader.diagnostics());
    }

    private static List<String> convertibleFiles() {
        Path corpus = Fixtures.corpus();
        List<String> names = new ArrayList<>();
        for (String folder : List.of("jsonresume", "fresh")) {
            try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                files.map(file -> folder + "/" + file.getFileName()).filter(n -> !n.contains("broken-syntax"))
                        .sorted().forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static ObjectNode migrated(String name) {
        return Fixtures.migrate(Fixtures.requireCorpusFile(name)).output();
    }

    /** Each job as "employer | position | start", the part both versions of a sample agree on. */
    private static List<String> jobs(ObjectNode resume) {
        List<String> jobs = new ArrayList<>();
        for (JsonNode job : resume.path("work")) {
            jobs.add(job.path("name").asText() + " | " + job.path("position").asText() + " | "
                    + job.path("startDate").asText());
        }
        return jobs;
    }
}
