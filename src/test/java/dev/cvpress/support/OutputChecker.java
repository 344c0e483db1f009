package dev.cvpress.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shared, independent checkers of our output ({@code pdf-check}, {@code docx-check} in
 * {@code ../shared/tools}), run as a person would. Each prints a report and then one line of
 * {@code key=value} pairs; exit 0 is ok, 1 a failed check, 2 a checker that could not run (a
 * missing tool it failed to install), which skips the test with a notice rather than failing it.
 */
public final class OutputChecker {
    /** docx-check's own limit for a LibreOffice conversion is 240 s; a first start takes a few more. */
    private static final long TIMEOUT_SECONDS = 300;

    private OutputChecker() {}

    /** A checker's verdict: its exit code, its whole report, and the keys of its last line. */
    public record Verdict(int exitCode, String report, Map<String, String> keys) {
        public String get(String key) {
            return keys.getOrDefault(key, "");
        }

        /** The warning keys it listed (empty when none). */
        public List<String> warned() {
            return get("warned").isEmpty() ? List.of() : List.of(get("warned").split(","));
        }
    }

    /** Runs {@code tool} on {@code file} with {@code options}; skips the test when the tool is absent or cannot run. */
    public static Verdict run(String tool, Path file, String... options) {
        Path script = Shared.require("tools").resolve(tool);
        assumeTrue(Files.isExecutable(script), "no " + script);
        List<String> command = Stream.concat(Stream.of(script.toString(), file.toString()), Arrays.stream(options)).toList();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            int exit = process.exitValue();
            if (exit == 2) {
                System.err.println("NOTICE: " + tool + " could not run here; its checks are skipped:\n" + report);
            }
            assumeTrue(exit != 2, tool + " could not run");
            return new Verdict(exit, report, keys(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> keys(String report) {
        String last = report.strip().lines().reduce((a, b) -> b).orElse("");
        Map<String, String> keys = new LinkedHashMap<>();
        for (String token : last.split(" ")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                keys.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return keys;
    }
}
