package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import dev.cvpress.support.VeraPdf;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        byte[] pdf = Pipeline.render(Pipeline.read(input), style, "pdf").bytes();
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }
}
