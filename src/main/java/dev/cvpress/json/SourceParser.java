package dev.cvpress.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a résumé file's bytes into a located tree: checks size and UTF-8 first, then parses JSON
 * (strictly, or, when only comments or trailing commas are in the way, leniently with a warning) or
 * YAML (safely: no custom types, bounded aliases, depth and size).
 */
public final class SourceParser {
    /** Résumés are a few kilobytes; anything this large is a mistake or an attack. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final LocatedTreeReader STRICT = LocatedTreeReader.json();
    private static final LocatedTreeReader LENIENT = new LocatedTreeReader(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build());
    private static final LocatedTreeReader YAML = new LocatedTreeReader(YAMLFactory.builder()
            .loaderOptions(safeYaml())
            .build());

    /** A tree and the warnings reading it raised, or the error that stopped it. */
    public record Parsed(Optional<LocatedTree> tree, List<Diagnostic> diagnostics) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Parsed parse(byte[] bytes, String fileName) {
        if (bytes.length > MAX_BYTES) {
            return failed(tooLarge("file", OptionalLong.of(bytes.length)));
        }
        Optional<Diagnostic> encoding = checkUtf8(bytes);
        if (encoding.isPresent()) {
            return failed(encoding.get());
        }
        if (isYaml(fileName, bytes)) {
            return from(YAML.read(bytes), List.of());
        }
        LocatedTreeReader.Result strict = STRICT.read(bytes);
        if (strict instanceof LocatedTreeReader.Result.Failed failed
                && LENIENT.read(bytes) instanceof LocatedTreeReader.Result.Parsed lenient) {
            Diagnostic first = failed.error();
            Diagnostic warning = new Diagnostic(Severity.WARNING, "LENIENT_JSON", "", first.line(), first.column(),
                    "comments or trailing commas are not JSON; the file was read anyway",
                    "remove them so other JSON Resume tools can read the file");
            return from(lenient, List.of(warning));
        }
        return from(strict, List.of());
    }

    private static Parsed from(LocatedTreeReader.Result result, List<Diagnostic> warnings) {
        if (result instanceof LocatedTreeReader.Result.Parsed parsed) {
            return new Parsed(Optional.of(parsed.tree()), warnings);
        }
        return failed(((LocatedTreeReader.Result.Failed) result).error());
    }

    /** YAML by extension; without a telling extension, anything that does not start like JSON. */
    private static boolean isYaml(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return true;
        }
        if (name.endsWith(".json")) {
            return false;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return !start.isEmpty() && start.charAt(0) != '{' && start.charAt(0) != '[';
    }

    private static Optional<Diagnostic> checkUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        int offset = in.position();
        return Optional.of(error("ENCODING", 0, 0, String.format(
                "invalid UTF-8 at byte offset %d (byte 0x%02X); save the file as UTF-8", offset, bytes[offset] & 0xFF)));
    }

    private static LoaderOptions safeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(100);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** The refusal of an input (a {@code file}, a {@code line}) larger than a résumé may be; its size if known. */
    public static Diagnostic tooLarge(String what, OptionalLong bytes) {
        String limit = MAX_BYTES / (1024 * 1024) + " MiB";
        return error("TOO_LARGE", 0, 0, bytes.isPresent()
                ? "the " + what + " is " + bytes.getAsLong() / 1024 + " KiB; a résumé larger than " + limit + " is not read"
                : "the " + what + " goes on past " + limit + "; a résumé larger than that is not read");
    }

    private static Diagnostic error(String code, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, code, "", line, column, message);
    }

    private static Parsed failed(Diagnostic error) {
        return new Parsed(Optional.empty(), List.of(error));
    }
}
