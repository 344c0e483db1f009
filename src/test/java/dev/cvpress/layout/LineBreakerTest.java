package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.layout.breaking.Mode;
import dev.cvpress.units.Caps;
import dev.cvpress.units.Rgb;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layout's side of breaking: which paragraphs are hyphenated, how split words are marked, justified spacing. */
class LineBreakerTest {
    private static final SpanStyle BODY = new SpanStyle("Source Serif 4", false, false, 10, Rgb.BLACK, Caps.NONE);
    private static final String PROSE = "Internationalization of the accessibility infrastructure: characterization"
            + " of incomprehensibilities, responsibilities and recommendations across organizations, with"
            + " documentation, instrumentation and administration of representative implementations.";
    private static final double NARROW = 150;
    private final Itemizer itemizer = new Itemizer(FontCatalog.bundled(), List.of());

    @Test
    void proseIsHyphenatedInTheDocumentsLanguageOnly() {
        assertTrue(hyphenated(lines("en", PROSE, true, Mode.RAGGED)) > 0);
        assertEquals(0, hyphenated(lines("en", PROSE, false, Mode.RAGGED)), "names, titles, dates are never hyphenated");
        assertEquals(0, hyphenated(lines("ja", PROSE, true, Mode.RAGGED)), "no patterns for the language");
        String german = "Zuständig für Softwareentwicklungsabteilungen und Qualitätssicherungsmaßnahmen";
        assertTrue(hyphenated(lines("de", german, true, Mode.RAGGED)) > 0, "German patterns for German");
        assertEquals(0, hyphenated(lines("", PROSE, true, Mode.JUSTIFIED)), "no language");
    }

    @Test
    void aHyphenatedWordReadsWholeOnItsFirstPartAndNotAtAllAfter() {
        List<Line> lines = lines("en", PROSE, true, Mode.RAGGED);
        for (int k = 0; k < lines.size() - 1; k++) {
            List<Piece> line = lines.get(k).pieces();
            Piece last = line.get(line.size() - 1);
            if (!last.text().equals("-") || last.actualText().isEmpty()) {
                continue;
            }
            Piece first = line.stream().filter(p -> p.actualText().filter(t -> !t.isEmpty()).isPresent()).findFirst()
                    .orElseThrow();
            String word = first.actualText().get();
            String rest = lines.get(k + 1).pieces().stream().takeWhile(p -> !p.space()).map(Piece::text)
                    .collect(Collectors.joining());
            assertTrue(PROSE.contains(" " + word) || PROSE.startsWith(word), word);
            assertEquals(word, first.text() + rest, "the continuation is the rest of the word");
            assertEquals(Optional.of(""), lines.get(k + 1).pieces().get(0).actualText());
            assertEquals(Optional.of(""), last.actualText(), "the hyphen extracts as nothing");
        }
        String read = lines.stream().flatMap(l -> l.pieces().stream())
                .map(p -> p.actualText().orElse(p.text()))
                .collect(Collectors.joining());
        assertEquals(PROSE.replace(" ", ""), read.replace(" ", ""), "extracted, the paragraph is the text");
    }

    @Test
    void aWordSplitOverThreeLinesReadsWholeOnce() {
        String word = "Incomprehensibilities";
        List<Line> lines = lines("en", "An " + word + " end", true, Mode.RAGGED, 40);
        assertTrue(lines.size() >= 4, lines.toString());
        String read = lines.stream().flatMap(l -> l.pieces().stream()).map(p -> p.actualText().orElse(p.text()))
                .collect(Collectors.joining());
        assertEquals("An " + word + " end", read);
    }

    @Test
    void justifiedLinesFillTheMeasureButTheLast() {
        List<Line> lines = lines("en", PROSE, true, Mode.JUSTIFIED);
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            double sum = line.pieces().stream().mapToDouble(Piece::width).sum();
            assertEquals(line.width(), sum, 1e-9);
            if (k < lines.size() - 1) {
                assertEquals(NARROW, line.width(), 1e-6, "line " + k);
            }
            for (Piece space : line.pieces().stream().filter(Piece::space).toList()) {
                assertEquals(space.face().width(space.text(), space.size()) + space.wordSpacing(), space.width(), 1e-9);
            }
        }
        Line last = lines.get(lines.size() - 1);
        assertTrue(last.pieces().stream().allMatch(p -> p.wordSpacing() == 0), "the last line keeps natural spaces");
    }

    private List<Line> lines(String language, String text, boolean prose, Mode mode) {
        return lines(language, text, prose, mode, NARROW);
    }

    private List<Line> lines(String language, String text, boolean prose, Mode mode, double width) {
        Span span = prose ? Span.of(text, BODY).asProse() : Span.of(text, BODY);
        return new LineBreaker(language).lines(itemizer.pieces(List.of(span)), width, width, mode, span.prose(), "");
    }

    private static long hyphenated(List<Line> lines) {
        return lines.stream().map(l -> l.pieces().get(l.pieces().size() - 1))
                .filter(p -> p.text().equals("-") && p.actualText().isPresent()).count();
    }
}
