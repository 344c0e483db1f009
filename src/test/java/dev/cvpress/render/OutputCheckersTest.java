package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.OutputChecker;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the shared checkers, which share no code with cvpress, say of each style's output for our
 * example and the seeds: the PDF tagged, its fonts embedded and subset, qpdf content, extracted text without
 * replacement characters; the DOCX valid OOXML (ECMA-376 schemas) with every style it uses defined.
 * veraPDF's verdict on PDF/A and PDF/UA is taken in process by {@code PdfStandardsTest}; here it is
 * taken once more, through the checker, for our example.
 */
class OutputCheckersTest {
    @TempDir
    static Path dir;

    /** Our example and the shared seeds (where they are), in every style. */
    static Stream<Arguments> seedsInEveryStyle() {
        return Stream.concat(Stream.of(Pipeline.example()), Shared.files("seeds", "*.resume.json").stream())
                .flatMap(seed -> new StyleLoader().available().stream().map(style -> Arguments.of(seed, style)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("seedsInEveryStyle")
    void pdfPassesPdfCheck(Path seed, String style) throws IOException {
        OutputChecker.Verdict verdict = OutputChecker.run("pdf-check", write(seed, style, "pdf"),
                "--require-tagged", "--require-subset");
        assertEquals(0, verdict.exitCode(), verdict.report());
        assertEquals("yes", verdict.get("fonts_subset"), verdict.report());
        assertEquals("0", verdict.get("fffd"), verdict.report());
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("seedsInEveryStyle")
    void docxIsValidOoxmlWithEveryStyleDefined(Path seed, String style) throws IOException {
        OutputChecker.Verdict verdict = OutputChecker.run("docx-check", write(seed, style, "docx"), "--schema",
                "--no-convert");
        assertEquals(0, verdict.exitCode(), verdict.report());
        assertEquals("pass", verdict.get("schema"), verdict.report());
        assertFalse(verdict.warned().contains("undefined-styles"), verdict.report());
    }

    @Test
    void examplePassesPdfAAndPdfUaThroughTheChecker() throws IOException {
        OutputChecker.Verdict verdict = OutputChecker.run("pdf-check", write(Pipeline.example(), "classic", "pdf"),
                "--pdfa=2u", "--pdfua", "--require-tagged", "--require-subset");
        assertEquals(0, verdict.exitCode(), verdict.report());
        assertEquals("pass", verdict.get("pdfa"), verdict.report());
        assertEquals("pass", verdict.get("pdfua"), verdict.report());
    }

    private static Path write(Path input, String style, String format) throws IOException {
        Path out = dir.resolve(input.getFileName() + "-" + style + "." + format);
        Files.write(out, Pipeline.render(Pipeline.read(input), style, format).bytes());
        return out;
    }
}
