package dev.cvpress.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.units.Caps;
import dev.cvpress.units.Rgb;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItemizerTest {
    private static final SpanStyle BODY = new SpanStyle("Source Serif 4", false, false, 10, Rgb.BLACK, Caps.NONE);

    @Test
    void whitespaceAndControlCharactersCollapseToOneSpace() {
        assertEquals("Ada Okafor", text("Ada Okafor"));
        assertEquals(" Ada Okafor ", text("\t Ada\r\n\u000B \u0085Okafor\u0000"));
        assertEquals("a b", text("a\u007Fb"));
        assertEquals("no\u00A0break", text("no\u00A0break"), "a no-break space is meant, so it stays");
    }

    @Test
    void aCharacterTheStylesFaceLacksComesFromAFallbackAndNoneIsLeftOutSilently() {
        Itemizer itemizer = new Itemizer(FontCatalog.bundled(), List.of("Noto Serif", "Droid Sans Fallback"));
        List<Piece> pieces = itemizer.pieces(List.of(Span.of("Ωmega 東京", BODY)));
        assertEquals("Ωmega 東京", pieces.stream().map(Piece::text).collect(Collectors.joining()));
        assertTrue(pieces.stream().anyMatch(p -> p.text().equals("東京") && p.face().family().equals("Droid Sans Fallback")),
                pieces.toString());
        assertTrue(itemizer.warnings().isEmpty(), itemizer.warnings().toString());
    }

    @Test
    void aCharacterNoFontHasLeavesNoDoubleSpaceAndNoSpaceAtTheEdges() {
        Itemizer itemizer = new Itemizer(FontCatalog.bundled(), List.of("Noto Serif", "Droid Sans Fallback"));
        for (String[] example : new String[][] {{"🐤 Twitter", "Twitter"}, {"H₂O 🚀 done", "H₂O done"},
                {"done 🚀", "done"}, {"a🚀b", "ab"}, {"🚀", ""}}) {
            String shown = itemizer.pieces(List.of(Span.of(example[0], BODY))).stream().map(Piece::text)
                    .collect(Collectors.joining());
            assertEquals(example[1], shown, example[0]);
        }
        assertEquals(2, itemizer.warnings().size(), "each missing character is still named: " + itemizer.warnings());
    }

    @Test
    void boldTextInAFallbackWithoutABoldFaceIsEmboldenedAndOnlyThere() {
        Itemizer itemizer = new Itemizer(FontCatalog.bundled(), List.of("Noto Serif", "Droid Sans Fallback"));
        List<Piece> bold = itemizer.pieces(List.of(Span.of("Ωmega 東京", BODY.withBold(true))));
        assertEquals("Ωmega 東京", bold.stream().map(Piece::text).collect(Collectors.joining()));
        for (Piece piece : bold) {
            assertEquals(piece.text().equals("東京"), piece.emboldened(), piece.toString());
        }
        assertTrue(itemizer.pieces(List.of(Span.of("東京", BODY))).stream().noneMatch(Piece::emboldened),
                "regular text is never emboldened");
    }

    private static String text(String raw) {
        return new Itemizer(FontCatalog.bundled(), List.of()).pieces(List.of(Span.of(raw, BODY))).stream()
                .map(Piece::text).collect(Collectors.joining());
    }
}
