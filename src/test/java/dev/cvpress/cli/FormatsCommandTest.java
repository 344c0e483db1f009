package dev.cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryEngineAndWhatItSupports() {
        assertEquals(0, run("formats"), err.toString());
        String listing = out.toString();
        assertTrue(listing.contains("only with --format pdf-openpdf"), listing);
        String tagged = listing.lines().filter(l -> l.startsWith("tagged")).findFirst().orElseThrow();
        assertTrue(tagged.matches("tagged.*\\)\\s+no\\s+yes\\s+no"), "docx, pdf, pdf-openpdf: " + tagged);
    }

    @Test
    void rendersWithTheOpenPdfEngineByItsId() throws Exception {
        Path pdfbox = dir.resolve("box.pdf");
        Path openpdf = dir.resolve("open.pdf");
        assertEquals(0, run("render", Pipeline.example().toString(), "-o", pdfbox.toString()), err.toString());
        assertEquals(0, run("render", Pipeline.example().toString(), "-o", openpdf.toString(), "--format", "pdf-openpdf"),
                err.toString());
        assertTrue(new String(Files.readAllBytes(openpdf), "ISO-8859-1").contains("cvpress with OpenPDF"));
        assertEquals(PdfText.of(Files.readAllBytes(pdfbox)), PdfText.of(Files.readAllBytes(openpdf)));
    }
}
