package dev.cvpress.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared seeds and corpus beside the checkout, read in place (never copied into the repo).
 * Where the folder is absent, tests that need it are skipped with a notice saying so.
 */
public final class Shared {
    private Shared() {}

    public static Path root() {
        return Path.of(System.getProperty("cvpress.shared", "../shared"));
    }

    /** Skips the calling test, visibly, when the shared folder is not there. */
    public static Path require(String sub) {
        Path dir = root().resolve(sub);
        if (!Files.isDirectory(dir)) {
            System.err.println("NOTICE: " + dir.toAbsolutePath() + " is absent; tests using it are skipped");
        }
        assumeTrue(Files.isDirectory(dir), "shared material absent: " + dir.toAbsolutePath());
        return dir;
    }

    /** The official "must fail" fixtures, and the FRESH file broken on purpose: the validator's, not the renderer's. */
    private static final List<String> NOT_RESUMES = List.of("jsonresume-schema-fixture-invalid-basics-wrong-type.json",
            "jsonresume-schema-fixture-invalid-email.json", "fresh-test-johnny-trouble.broken-syntax.fresh.json");

    /** Every résumé that must render: our example, the seeds, the valid JSON Resume and FRESH corpus files. */
    public static Stream<Path> renderable() {
        List<Path> all = new java.util.ArrayList<>(List.of(Pipeline.example()));
        all.addAll(files("seeds", "*.resume.json"));
        all.addAll(files("corpus/jsonresume", "*.json"));
        all.addAll(files("corpus/fresh", "*.json"));
        return all.stream().filter(p -> !NOT_RESUMES.contains(p.getFileName().toString()));
    }

    /** Every renderable résumé in every bundled style: (path, style id) pairs for parameterized tests. */
    public static Stream<org.junit.jupiter.params.provider.Arguments> renderableInEveryStyle() {
        List<String> styles = new dev.cvpress.style.StyleLoader().available();
        return renderable().flatMap(path -> styles.stream()
                .map(style -> org.junit.jupiter.params.provider.Arguments.of(path, style)));
    }

    /** Files in {@code sub} matching the glob, sorted; empty (with a notice) when the folder is absent. */
    public static List<Path> files(String sub, String glob) {
        Path dir = root().resolve(sub);
        if (!Files.isDirectory(dir)) {
            System.err.println("NOTICE: " + dir.toAbsolutePath() + " is absent; its cases are skipped");
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            return list.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
