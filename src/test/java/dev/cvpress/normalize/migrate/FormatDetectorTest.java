package dev.cvpress.normalize.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.json.LocatedTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectorTest {
    /** Every corpus file and the format its shape says; the one with a syntax error is listed apart. */
    private static final Map<String, SourceFormat> CORPUS = Map.ofEntries(
            Map.entry("jsonresume/ancv-showcase-jane-cooper-emoji.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/ancv-test-full-john-doe-long.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/ancv-test-partial-john-doe.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/fresh-starter-jrs-starter-resume.json", SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/fresh-test-jrs-empty.json", SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/fresh-test-jrs-jane-fullstacker.json", SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/fresh-test-jrs-jane-incomplete.json", SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/fresh-test-jrs-john-doe.json", SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/jsonresume-schema-fixture-invalid-basics-wrong-type.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-schema-fixture-invalid-email.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-theme-macchiato-richard-hendriks-mixed-fields.json",
                    SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/jsonresume-theme-react-de-max-mueller.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-theme-react-en-john-doe-language-field.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-theme-react-fr-jean-dupont.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-theme-react-it-mario-rossi.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-theme-rirekisho-ja-tanaka-hanako.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-theme-stackoverflow-richard-hendriks-empty-enddate.json",
                    SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-v0.0.11-sample-richard-hendriks-bio-format.json",
                    SourceFormat.JSON_RESUME_BIO),
            Map.entry("jsonresume/jsonresume-v0.0.16-sample-richard-hendriks-legacy-fields.json",
                    SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/jsonresume-v0.1.3-sample-richard-hendriks-gpa.json", SourceFormat.JSON_RESUME_LEGACY),
            Map.entry("jsonresume/jsonresume-v1.3.1-example-daniel-reyes-career-changer.json",
                    SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-v1.3.1-example-lena-vasquez-senior-engineer.json",
                    SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-v1.3.1-example-maya-okonkwo-new-grad.json", SourceFormat.JSON_RESUME),
            Map.entry("jsonresume/jsonresume-v1.3.1-sample-richard-hendriks.json", SourceFormat.JSON_RESUME),
            Map.entry("fresh/fresh-starter-resume.fresh.json", SourceFormat.FRESH),
            Map.entry("fresh/fresh-test-empty.fresh.json", SourceFormat.FRESH),
            Map.entry("fresh/fresh-test-jane-fullstacker.fresh.json", SourceFormat.FRESH),
            Map.entry("fresh/fresh-test-johnny-trouble.fresh.json", SourceFormat.FRESH),
            Map.entry("fresh/fresh-test-short.fresh.json", SourceFormat.FRESH),
            Map.entry("yaml/rendercv-ats-academic-zhen-wei.yaml", SourceFormat.RENDERCV),
            Map.entry("yaml/rendercv-ats-minimal.yaml", SourceFormat.RENDERCV),
            Map.entry("yaml/rendercv-invalid-wrong-input.yaml", SourceFormat.RENDERCV),
            Map.entry("yaml/rendercv-v2.4-juan-perez-spanish.yaml", SourceFormat.RENDERCV),
            Map.entry("yaml/rendercv-v2.8-john-doe-classic.yaml", SourceFormat.RENDERCV),
            Map.entry("yaml/yamlresume-andy-dufresne.yml", SourceFormat.YAMLRESUME),
            Map.entry("yaml/yamlresume-invalid-schema.yml", SourceFormat.YAMLRESUME),
            Map.entry("other/reactive-resume-v4-sample-pikachu-john-doe.json", SourceFormat.REACTIVE_RESUME));
    private static final String BROKEN = "fresh/fresh-test-johnny-trouble.broken-syntax.fresh.json";

    static Stream<String> corpusFiles() {
        return new TreeSet<>(CORPUS.keySet()).stream();
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void detectsEachCorpusFileByItsShape(String name) {
        Optional<LocatedTree> tree = Fixtures.corpusFile(name);
        // Deliberately invalid YAML may not parse; JSON files other than the broken one must.
        assumeTrue(tree.isPresent() || !name.startsWith("yaml/"), name + " does not parse");
        assertEquals(CORPUS.get(name), FormatDetector.detect(tree.orElseThrow().root()), name);
    }

    @Test
    void theTableCoversEveryCorpusFile() {
        Path corpus = Fixtures.corpus();
        TreeSet<String> found = new TreeSet<>();
        for (String folder : List.of("jsonresume", "fresh", "yaml", "other")) {
            try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
                files.forEach(file -> found.add(folder + "/" + file.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        found.remove(BROKEN);
        assertEquals(new TreeSet<>(CORPUS.keySet()), found);
        assertTrue(Fixtures.corpusFile(BROKEN).isEmpty(), "the broken FRESH file is expected not to parse");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"basics": {"name": "A"}}                                      | JSON_RESUME
            {"meta": {"version": "1"}}                                     | JSON_RESUME
            {"basics": {"name": "A", "picture": "a.png"}}                  | JSON_RESUME_LEGACY
            {"work": [{"name": "A", "url": "x"}, {"company": "B"}]}        | JSON_RESUME_LEGACY
            {"hobbies": [{"name": "Chess"}]}                               | JSON_RESUME_LEGACY
            {"bio": {"firstName": "A"}, "work": []}                        | JSON_RESUME_BIO
            {"name": "A", "meta": {"format": "FRESH@1.0.0"}}               | FRESH
            {"employment": {"history": []}}                                | FRESH
            {"education": {"history": []}}                                 | FRESH
            {"cv": {"name": "A", "sections": {}}}                          | RENDERCV
            {"design": {"theme": "classic"}}                               | RENDERCV
            {"content": {"basics": {"name": "A"}}, "locale": {}}           | YAMLRESUME
            {"basics": {"name": "A"}, "sections": {"work": {"items": []}}} | REACTIVE_RESUME
            {}                                                             | UNKNOWN
            {"Work": [], "educaton": []}                                   | UNKNOWN
            [{"basics": {}}]                                               | UNKNOWN
            "basics"                                                       | UNKNOWN
            """)
    void detectsShapes(String json, SourceFormat expected) throws IOException {
        assertEquals(expected, FormatDetector.detect(new ObjectMapper().readTree(json)));
    }
}
