package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.Item;
import dev.cvpress.layout.PageLayout;
import dev.cvpress.model.Resume;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.Documents;
import dev.cvpress.support.ExpectedText;
import dev.cvpress.support.PdfText;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import dev.cvpress.units.Align;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two independent extractors (PDFBox, and poppler's pdftotext -raw where installed) find every field in
 * reading order, with no ligature glyphs or private-use characters; names in Polish, Vietnamese,
 * Greek and Cyrillic come out exactly.
 */
class TextExtractionTest {
    /** A measure like a two-column style's main column, in points. */
    private static final double COLUMN = 330;

    /** Every résumé we render (our example, the seeds, the corpus) in every style, and the many-script fixture. */
    static Stream<Arguments> inputs() {
        return Stream.concat(Shared.renderableInEveryStyle(),
                Stream.of(Arguments.of(Path.of("src/test/resources/fixtures/unicode.json"), "classic")));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("inputs")
    void bothExtractorsReadEverythingInOrder(Path input, String style) throws Exception {
        Resume resume = Pipeline.read(input);
        byte[] pdf = Pipeline.render(resume, style, "pdf").bytes();
        ExpectedText expected = new ExpectedText(resume, new StyleLoader().load(style));
        for (String text : PdfText.everyExtractor(pdf)) {
            expected.assertFoundIn(text, c -> Character.getType(c) != Character.OTHER_SYMBOL || c < 0x1F000, input + " in " + style);
            assertTrue(text.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "a ligature glyph in the text");
            assertTrue(text.codePoints().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF), "a private-use character");
        }
    }

    /**
     * Set in a narrow column, prose is hyphenated (ragged and justified alike), and each hyphenated
     * word reads whole, as one token on its first line, in both extractors; apart from where lines
     * break, the text is what it is without hyphenation (no stray hyphen, no letter lost).
     */
    @ParameterizedTest
    @EnumSource(value = Align.class, names = {"LEFT", "JUSTIFY"})
    void hyphenatedWordsReadWhole(Align align) {
        Document column = Documents.narrow(Pipeline.compose(Pipeline.read(Pipeline.example()), "classic"), COLUMN);
        Document document = align == Align.JUSTIFY ? Documents.justified(column) : column;
        List<String> hyphenated = new PageLayout(FontCatalog.bundled()).layout(document).pages().stream()
                .flatMap(page -> page.items().stream())
                .flatMap(item -> item instanceof Item.Text t ? t.actualText().stream() : Stream.empty())
                .filter(word -> !word.isEmpty())
                .toList();
        assertTrue(hyphenated.size() >= 3, "hyphenated: " + hyphenated);
        List<String> texts = PdfText.everyExtractor(Pipeline.render(document, "pdf").bytes());
        List<String> unhyphenated = PdfText.everyExtractor(
                Pipeline.render(Documents.inLanguage(document, "ja"), "pdf").bytes());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            assertEquals(unhyphenated.get(i).replaceAll("\\s", ""), text.replaceAll("\\s", ""));
            List<String> tokens = List.of(text.split("\\s+"));
            for (String word : hyphenated) {
                assertTrue(tokens.contains(word), "\"" + word + "\" is not one token in: " + text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łódź", "Zażółć", "Nguyễn Thị Minh Khai", "Αθήνα", "Москва", "東京大学"})
    void scriptsExtractExactly(String word) throws Exception {
        byte[] pdf = Pipeline.render(Pipeline.read(Pipeline.fixture("unicode.json")), "classic", "pdf").bytes();
        for (String text : PdfText.everyExtractor(pdf)) {
            assertTrue(text.replaceAll("\\s+", " ").contains(word), word + " not in: " + text);
        }
    }
}
