package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.support.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bold text in a fallback that has no bold face (Droid Sans Fallback, for CJK) is drawn filled and
 * stroked, so a Japanese entry title still stands out from the text below it; everything else is
 * only filled. Both PDF engines do it.
 */
class EmboldenedTextTest {
    private static final String RESUME = """
            {"basics": {"name": "Taro Yamada", "summary": "検索 engines for 3 million users."},
             "work": [{"name": "Tokyo Labs", "position": "検索 Engineer", "startDate": "2020-01"}]}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "pdf-openpdf"})
    void boldIdeographsAreStrokedAndNothingElseIs(String engine, @TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("resume.json"), RESUME);
        byte[] pdf = Pipeline.render(Pipeline.read(input), "classic", engine).bytes();
        List<Glyph> glyphs = glyphs(pdf);

        List<String> stroked = glyphs.stream().filter(g -> g.mode() == RenderingMode.FILL_STROKE).map(Glyph::text).toList();
        assertEquals(List.of("検", "索"), stroked, "only the bold entry title's ideographs are emboldened");
        for (Glyph glyph : glyphs) {
            if (glyph.mode() == RenderingMode.FILL_STROKE) {
                assertTrue(glyph.lineWidth() > 0.3 && glyph.lineWidth() < 0.5,
                        "a twenty-fifth of the 10 pt size, not " + glyph.lineWidth());
            } else {
                assertEquals(RenderingMode.FILL, glyph.mode(), glyph.text());
            }
        }
        assertTrue(glyphs.stream().map(Glyph::text).toList().containsAll(List.of("E", "n", "g")), "the title's Latin is there");
    }

    private record Glyph(String text, RenderingMode mode, float lineWidth) {}

    /** Each glyph painted, with the rendering mode and line width in force when it was. */
    private static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                {
                    addOperator(new SetLineWidth(this)); // a text stripper does not follow it otherwise
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    PDGraphicsState state = getGraphicsState();
                    out.add(new Glyph(text.getUnicode(), state.getTextState().getRenderingMode(), state.getLineWidth()));
                }
            };
            stripper.getText(document);
        }
        return out;
    }
}
