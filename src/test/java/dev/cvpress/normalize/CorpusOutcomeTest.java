package dev.cvpress.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.support.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected outcome of normalizing every document of the shared corpus and the seeds: renders
 * cleanly, renders with the named warnings, or is rejected with the named errors, each located.
 */
class CorpusOutcomeTest {
    private static final Normalizer NORMALIZER = new Normalizer(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    /** File → the distinct warning and error codes it must produce (empty: clean). */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("fresh-starter-resume.fresh.json", "warning NOT_CONVERTED"),
            Map.entry("fresh-test-empty.fresh.json", "warning EMPTY_ENTRY, warning NOT_CONVERTED"),
            Map.entry("fresh-test-jane-fullstacker.fresh.json", "warning DUPLICATE_ITEM, warning NOT_CONVERTED"),
            Map.entry("fresh-test-johnny-trouble.broken-syntax.fresh.json", "error JSON_SYNTAX"),
            Map.entry("fresh-test-johnny-trouble.fresh.json", "warning NOT_CONVERTED"),
            Map.entry("fresh-test-short.fresh.json", ""),
            Map.entry("ancv-showcase-jane-cooper-emoji.json", ""),
            Map.entry("ancv-test-full-john-doe-long.json", "warning FUTURE_DATE"),
            Map.entry("ancv-test-partial-john-doe.json", ""),
            Map.entry("fresh-starter-jrs-starter-resume.json", ""),
            Map.entry("fresh-test-jrs-empty.json", "warning EMPTY_ENTRY"),
            Map.entry("fresh-test-jrs-jane-fullstacker.json", "warning DUPLICATE_ITEM"),
            Map.entry("fresh-test-jrs-jane-incomplete.json", "warning DUPLICATE_ITEM"),
            Map.entry("fresh-test-jrs-john-doe.json", ""),
            Map.entry("jsonresume-schema-fixture-invalid-basics-wrong-type.json", "error SCHEMA"),
            Map.entry("jsonresume-schema-fixture-invalid-email.json", "error SCHEMA"),
            Map.entry("jsonresume-theme-macchiato-richard-hendriks-mixed-fields.json", ""),
            Map.entry("jsonresume-theme-react-de-max-mueller.json", ""),
            Map.entry("jsonresume-theme-react-en-john-doe-language-field.json", ""),
            Map.entry("jsonresume-theme-react-fr-jean-dupont.json", ""),
            Map.entry("jsonresume-theme-react-it-mario-rossi.json", ""),
            Map.entry("jsonresume-theme-rirekisho-ja-tanaka-hanako.json", ""),
            Map.entry("jsonresume-theme-stackoverflow-richard-hendriks-empty-enddate.json", ""),
            Map.entry("jsonresume-v0.0.11-sample-richard-hendriks-bio-format.json", ""),
            Map.entry("jsonresume-v0.0.16-sample-richard-hendriks-legacy-fields.json", ""),
            Map.entry("jsonresume-v0.1.3-sample-richard-hendriks-gpa.json", ""),
            Map.entry("jsonresume-v1.3.1-example-daniel-reyes-career-changer.json", ""),
            Map.entry("jsonresume-v1.3.1-example-lena-vasquez-senior-engineer.json", ""),
            Map.entry("jsonresume-v1.3.1-example-maya-okonkwo-new-grad.json", ""),
            Map.entry("jsonresume-v1.3.1-sample-richard-hendriks.json", ""),
            Map.entry("reactive-resume-v4-sample-pikachu-john-doe.json", "error UNSUPPORTED_FORMAT"),
            Map.entry("rendercv-ats-academic-zhen-wei.yaml", "error UNSUPPORTED_FORMAT"),
            Map.entry("rendercv-ats-minimal.yaml", "error UNSUPPORTED_FORMAT"),
            Map.entry("rendercv-invalid-wrong-input.yaml", "error UNSUPPORTED_FORMAT"),
            Map.entry("rendercv-v2.4-juan-perez-spanish.yaml", "error UNSUPPORTED_FORMAT"),
            Map.entry("rendercv-v2.8-john-doe-classic.yaml", "error UNSUPPORTED_FORMAT"),
            Map.entry("yamlresume-andy-dufresne.yml", "error UNSUPPORTED_FORMAT"),
            Map.entry("yamlresume-invalid-schema.yml", "error UNSUPPORTED_FORMAT"),
            Map.entry("000_6ea5b9323f1ffe7a.resume.json", ""),
            Map.entry("003_cbaf8e52faab1247.resume.json", ""));

    static Stream<Path> documents() {
        return Stream.of("corpus/jsonresume", "corpus/fresh", "corpus/yaml", "corpus/other", "seeds")
                .flatMap(dir -> Shared.files(dir, "*.{json,yaml,yml}").stream());
    }

    /** Without the shared folder there is nothing to run; {@link #everyExpectedFileExists} says so. */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("documents")
    void hasItsExpectedOutcome(Path file) throws Exception {
        String name = file.getFileName().toString();
        assertTrue(EXPECTED.containsKey(name), "no expected outcome written down for " + name);
        Normalizer.Outcome outcome = NORMALIZER.normalize(Files.readAllBytes(file), file.toString());
        String codes = outcome.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
                .map(d -> d.severity().label() + " " + d.code())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
        assertEquals(EXPECTED.get(name), codes, () -> file + ": " + outcome.diagnostics());
        assertEquals(codes.contains("error"), outcome.resume().isEmpty(), "a file renders exactly when it has no errors");
        List<Diagnostic> unlocated = outcome.diagnostics().stream()
                .filter(d -> d.severity() != Severity.INFO && d.line() <= 0).toList();
        assertEquals(List.of(), unlocated, "every warning and error has a line");
    }

    @Test
    void everyExpectedFileExists() {
        Shared.require("corpus");
        List<String> present = documents().map(p -> p.getFileName().toString()).toList();
        assertEquals(new TreeSet<>(EXPECTED.keySet()), new TreeSet<>(present));
    }
}
