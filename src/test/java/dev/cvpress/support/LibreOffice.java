package dev.cvpress.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Word files converted to PDF by LibreOffice, through the shared {@code docx-check}, which also
 * checks the package. Tests that need it are skipped with a notice where the tool or LibreOffice is
 * absent: the tool would install LibreOffice, which a test run must not do.
 */
public final class LibreOffice {
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
                OutputChecker.Verdict verdict = OutputChecker.run("docx-check", in, "--pdf-out=" + out);
                if (verdict.exitCode() != 0 || !Files.exists(out)) {
                    throw new AssertionError("docx-check failed:\n" + verdict.report());
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
