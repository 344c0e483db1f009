package dev.cvpress.normalize.validate;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.json.LocatedTree;
import dev.cvpress.json.LocatedTreeReader;
import dev.cvpress.normalize.Reporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/** Parses test input with locations and runs one check on it, as the normalizer would. */
final class Trees {
    private Trees() {}

    static LocatedTree parse(byte[] bytes) {
        LocatedTreeReader.Result result = LocatedTreeReader.json().read(bytes);
        if (result instanceof LocatedTreeReader.Result.Parsed parsed) {
            return parsed.tree();
        }
        return fail("test input does not parse: " + result);
    }

    static LocatedTree parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    static LocatedTree parse(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics {@code check} reports on the tree. */
    static List<Diagnostic> run(LocatedTree tree, BiConsumer<JsonNode, Reporter> check) {
        Reporter reporter = new Reporter(tree);
        check.accept(tree.root(), reporter);
        return reporter.diagnostics();
    }

    static List<Diagnostic> run(String json, BiConsumer<JsonNode, Reporter> check) {
        return run(parse(json), check);
    }

    /** Inline JSON is easier to read with single quotes. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
