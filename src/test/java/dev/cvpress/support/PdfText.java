package dev.cvpress.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text of a PDF in content-stream order, which for cvpress is reading order. */
public final class PdfText {
    private PdfText() {}

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as poppler's {@code pdftotext -raw} reads it; empty, with a notice, where it is not installed. */
    public static Optional<String> poppler(byte[] pdf) {
        try {
            Path file = Files.createTempFile("cvpress-", ".pdf");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(true).start();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new AssertionError("pdftotext failed: " + text);
                }
                return Optional.of(text);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            System.err.println("NOTICE: pdftotext is not installed; only PDFBox extracts the text");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The text as each extractor reads it: PDFBox, and poppler where installed. */
    public static List<String> everyExtractor(byte[] pdf) {
        List<String> texts = new ArrayList<>(List.of(of(pdf)));
        poppler(pdf).ifPresent(texts::add);
        return texts;
    }
}
