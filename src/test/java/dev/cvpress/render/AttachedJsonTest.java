package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvpress.cli.Main;
import dev.cvpress.normalize.Normalizer;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.VeraPdf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** {@code render --attach-json}: a PDF/A-3u that carries the normalized résumé as an associated file. */
class AttachedJsonTest {
    @TempDir
    static Path dir;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = renderWithJson("cv.pdf");
    }

    @Test
    void isPdfA3uAndPdfUa1() {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U), "PDF/A-3u");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    @Test
    void theAttachmentIsTheNormalizedResume() throws Exception {
        Normalizer.Outcome normalized = new Normalizer().normalize(Files.readAllBytes(Pipeline.example()), "resume.json");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("resume.json");
            byte[] attached = spec.getEmbeddedFile().toByteArray();
            ObjectMapper json = new ObjectMapper();
            assertEquals(normalized.cleaned().orElseThrow(), json.readTree(attached));
            assertEquals(normalized.json().orElseThrow(), new String(attached, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
            assertEquals(attached.length, spec.getEmbeddedFile().getSize());
            assertEquals("resume.json", spec.getFileUnicode());
            assertEquals(COSName.getPDFName("Data"), spec.getCOSObject().getDictionaryObject(COSName.getPDFName("AFRelationship")));
            COSArray associated = (COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertEquals(spec.getCOSObject(), (COSDictionary) associated.getObject(0));
            assertEquals(document.getDocumentInformation().getCreationDate(), spec.getEmbeddedFile().getModDate());
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        assertArrayEquals(pdf, renderWithJson("again.pdf"));
    }

    @Test
    void withoutTheOptionThePdfCarriesNoFile() throws Exception {
        try (PDDocument document = Loader.loadPDF(Pipeline.render(Pipeline.read(Pipeline.example()), "classic", "pdf").bytes())) {
            assertEquals(null, document.getDocumentCatalog().getNames());
            assertTrue(new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8")
                    .contains("<pdfaid:part>2</pdfaid:part>"));
        }
    }

    @Test
    void aWordFileCannotCarryIt() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "render",
                Pipeline.example().toString(), "-o", dir.resolve("cv.docx").toString(), "--attach-json");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--attach-json"), err.toString());
    }

    private static byte[] renderWithJson(String name) throws Exception {
        StringWriter err = new StringWriter();
        Path target = dir.resolve(name);
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "render",
                Pipeline.example().toString(), "-o", target.toString(), "--attach-json");
        assertEquals(0, code, err.toString());
        return Files.readAllBytes(target);
    }
}
