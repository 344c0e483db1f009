package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.doc.Document;
import dev.cvpress.support.Documents;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import dev.cvpress.support.VeraPdf;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every PDF we write is archival (PDF/A-2u) and accessible (PDF/UA-1), as veraPDF judges them. */
class PdfStandardsTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> inputs() {
        return Shared.renderableInEveryStyle();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("inputs")
    void isPdfA2uAndPdfUa1(Path input, String style) {
        assertCompliant(Pipeline.render(Pipeline.read(input), style, "pdf").bytes());
    }

    /** Hyphenated words (a Span with /ActualText around each part) and justified lines (spaces widened in TJ). */
    @Test
    void hyphenatedJustifiedTextIsStillPdfA2uAndPdfUa1() {
        Document document = Pipeline.compose(Pipeline.read(Pipeline.example()), "classic");
        assertCompliant(Pipeline.render(Documents.justified(Documents.narrow(document, 330)), "pdf").bytes());
    }

    private static void assertCompliant(byte[] pdf) {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }
}
