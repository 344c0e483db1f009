package dev.cvpress.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Word files converted to PDF by LibreOffice, through the shared {@code docx-check}, which also
 * checks the package. Tests that need it are skipped with a notice where the tool or LibreOffice is
 * absent: the tool would install LibreOffice, which a test run must not do.
 */
public final class LibreOffice {
    /** The tool's own limit is 240 s; a first start of LibreOffice takes a few seconds. */
    private static final long TIMEOUT_SECONDS = 300;

    private LibreOffice() {}

    /** Skips the calling test, visibly, unless docx-check and LibreOffice are both there. */
    public static void require() {
        Path tool = tool();
        boolean present = Files.isExecutable(tool) && onPath("soffice");
        if (!present) {
            System.err.println("NOTICE: " + tool.toAbsolutePath() + " or LibreOffice (soffice) is absent;"
                    + " the LibreOffice conversion tests are skipped");
        }
        assumeTrue(present, "docx-check or LibreOffice absent");
    }

    /** The PDF LibreOffice makes of {@code docx}; fails the test if docx-check finds the package broken. */
    public static byte[] toPdf(byte[] docx) {
        try {
            Path dir = Files.createTempDirectory("cvpress-lo-");
            try {
                Path in = Files.write(dir.resolve("resume.docx"), docx);
                Path out = dir.resolve("resume.pdf");
                Process process = new ProcessBuilder(tool().toString(), in.toString(), "--pdf-out=" + out)
                        .redirectErrorStream(true).start();
                String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("docx-check did not finish in " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0 || !Files.exists(out)) {
                    throw new AssertionError("docx-check failed:\n" + report);
                }
                return Files.readAllBytes(out);
            } finally {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Path tool() {
        return Shared.root().resolve("tools/docx-check");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
