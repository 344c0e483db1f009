package dev.cvpress.layout.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Hyphenation against what TeX does with the same patterns (plain TeX's hyphenmins 2 and 3 for English). */
class HyphenatorTest {
    private static final Hyphenator EN = Hyphenator.forLanguage("en-US").orElseThrow();

    @Test
    void englishWordsBreakAsInTex() {
        assertEquals("hy-phen-ation", hyphenated(EN, "hyphenation"));
        assertEquals("type-set-ting", hyphenated(EN, "typesetting"));
        assertEquals("al-go-rithm", hyphenated(EN, "algorithm"));
        assertEquals("in-fra-struc-ture", hyphenated(EN, "infrastructure"));
        assertEquals("re-spon-si-bil-i-ties", hyphenated(EN, "responsibilities"));
        assertEquals("de-vel-op-ment", hyphenated(EN, "development"));
    }

    @Test
    void theRightMinimumOfThreeKeepsShortEndingsOn() {
        // the patterns allow com-put-er; TeX's \righthyphenmin=3 for English drops the last one
        assertEquals("com-puter", hyphenated(EN, "computer"));
        assertEquals("ta-ble", hyphenated(EN, "table"));
    }

    @Test
    void exceptionsWinOverPatterns() {
        assertEquals("as-so-ciate", hyphenated(EN, "associate"));
        assertEquals("ref-or-ma-tion", hyphenated(EN, "reformation"));
        assertEquals("present", hyphenated(EN, "present"));
        assertEquals("projects", hyphenated(EN, "projects"));
    }

    @Test
    void otherLanguages() {
        Hyphenator de = Hyphenator.forLanguage("de-DE").orElseThrow();
        assertEquals("Sil-ben-tren-nung", hyphenated(de, "Silbentrennung"));
        assertEquals("Soft-ware-ent-wick-lung", hyphenated(de, "Softwareentwicklung"));
        assertEquals("Zu-sam-men-ar-beit", hyphenated(de, "Zusammenarbeit"));
        assertEquals("Schiff-fahrt", hyphenated(de, "Schifffahrt"));
        assertEquals("dé-ve-lop-pe-ment", hyphenated(Hyphenator.forLanguage("fr").orElseThrow(), "développement"));
        assertEquals("pro-gra-ma-ción", hyphenated(Hyphenator.forLanguage("es").orElseThrow(), "programación"));
        assertEquals("ont-wik-ke-ling", hyphenated(Hyphenator.forLanguage("nl").orElseThrow(), "ontwikkeling"));
        assertEquals("hy-phen-a-tion", hyphenated(Hyphenator.forLanguage("en-GB").orElseThrow(), "hyphenation"));
    }

    @Test
    void punctuationAroundAWordIsKeptAndOffsetsPointIntoTheWholeToken() {
        assertEquals("(type-set-ting),", hyphenated(EN, "(typesetting),"));
        assertEquals("“Hy-phen-ation”", hyphenated(EN, "“Hyphenation”"));
    }

    @Test
    void neverDigitsAddressesOrShortWords() {
        for (String word : List.of("data", "2019", "Python3ish", "https://example.org/typesetting",
                "ada.lovelace@example.com", "www.typesetting.org", "typesetting.example.org", "state-of-the-art")) {
            assertEquals(List.of(), EN.points(word), word);
        }
    }

    @Test
    void everyPointRespectsTheHyphenMinimums() {
        for (String word : List.of("internationalization", "incomprehensibilities", "characterization",
                "containerization", "observability", "accessibility", "organizations")) {
            List<Integer> points = EN.points(word);
            assertTrue(!points.isEmpty() && points.get(0) >= 2 && points.get(points.size() - 1) <= word.length() - 3,
                    word + " " + points);
        }
    }

    @Test
    void languagesResolveByRegionThenLanguageAndLoadOnce() {
        assertSame(EN, Hyphenator.forLanguage("en").orElseThrow());
        assertSame(EN, Hyphenator.forLanguage("en_CA").orElseThrow());
        assertSame(Hyphenator.forLanguage("de").orElseThrow(), Hyphenator.forLanguage("de-AT").orElseThrow());
        assertTrue(Hyphenator.forLanguage("ja").isEmpty());
        assertTrue(Hyphenator.forLanguage(null).isEmpty());
        assertTrue(Hyphenator.forLanguage(" ").isEmpty());
    }

    @Test
    void threadsShareOneHyphenator() {
        List<String> expected = IntStream.range(0, 2000).mapToObj(i -> hyphenated(EN, "typesetting")).toList();
        List<String> parallel = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> hyphenated(Hyphenator.forLanguage("en-US").orElseThrow(), "typesetting")).toList();
        assertEquals(expected, parallel);
    }

    static String hyphenated(Hyphenator hyphenator, String word) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int point : hyphenator.points(word)) {
            out.append(word, last, point).append('-');
            last = point;
        }
        return out.append(word.substring(last)).toString();
    }
}
