package dev.cvpress.normalize.migrate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.LocatedTreeReader;
import dev.cvpress.normalize.Reporter;
import dev.cvpress.support.Shared;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Parsing for the migration tests: inline JSON, and corpus files (JSON or YAML) read in place. */
final class Fixtures {
    private Fixtures() {}

    /** A migration run: its input, its output (empty when refused) and what it reported. */
    record Run(LocatedTree source, Optional<ObjectNode> result, List<Diagnostic> diagnostics, Reporter reporter) {
        ObjectNode output() {
            return result.orElseThrow(() -> new AssertionError("not converted: " + diagnostics));
        }

        List<Diagnostic> withCode(String code) {
            return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
        }
    }

    static LocatedTree located(String text) {
        return parse(LocatedTreeReader.json(), text.getBytes(StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("fixture does not parse: " + text));
    }

    static Run migrate(LocatedTree source) {
        Reporter reporter = new Reporter(source);
        Optional<ObjectNode> result = Migrator.toJsonResume((ObjectNode) source.root(), reporter);
        return new Run(source, result, reporter.diagnostics(), reporter);
    }

    static Run migrate(String json) {
        return migrate(located(json));
    }

    /** A plain tree, for comparing with migrated ones. */
    static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line on which {@code needle} first appears in {@code text}. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The line a later stage's problem at {@code pointer} of the migrated tree is reported on. */
    static int laterProblemLine(Run run, String pointer) {
        run.reporter().report(Severity.WARNING, "LATER", pointer, "a later stage's problem");
        List<Diagnostic> all = run.reporter().diagnostics();
        return all.get(all.size() - 1).line();
    }

    /** The corpus folder; the calling test is skipped, with a notice, when it is absent. */
    static Path corpus() {
        return Shared.require("corpus");
    }

    /** A corpus file parsed as YAML or JSON by its extension; empty when it does not parse. */
    static Optional<LocatedTree> corpusFile(String name) {
        Path file = corpus().resolve(name);
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
            return parse(yaml ? new LocatedTreeReader(new YAMLFactory()) : LocatedTreeReader.json(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocatedTree requireCorpusFile(String name) {
        return corpusFile(name).orElseGet(() -> fail(name + " does not parse"));
    }

    private static Optional<LocatedTree> parse(LocatedTreeReader reader, byte[] bytes) {
        return reader.read(bytes) instanceof LocatedTreeReader.Result.Parsed parsed
                ? Optional.of(parsed.tree()) : Optional.empty();
    }
}
