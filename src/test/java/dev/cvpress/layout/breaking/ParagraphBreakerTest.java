package dev.cvpress.layout.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The adapter the layout calls: addresses, CJK, justification, hyphens, payloads and speed. */
class ParagraphBreakerTest {

    @Test
    void anEmptyParagraphHasNoLines() {
        assertEquals(BrokenParagraph.EMPTY, ParagraphBreaker.breakParagraph(List.of(), 300, Mode.RAGGED, "en"));
        assertEquals(List.of(), ParagraphBreaker.breakParagraph(Texts.runs("   ", Texts.SERIF), 300, Mode.JUSTIFIED,
                "en").lines());
    }

    @Test
    void aLongAddressBreaksAtItsPunctuationWithoutHyphensOrWarnings() {
        StringBuilder url = new StringBuilder("https://www.example-company.org/careers");
        while (url.length() < 300) {
            url.append("/engineering-team.section_").append(url.length());
        }
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(Texts.runs("See " + url + " for more.", Texts.SERIF),
                200, Mode.RAGGED, "en");
        assertTrue(broken.lines().size() > 5);
        assertEquals(List.of(), broken.warnings());
        for (BrokenLine line : broken.lines().subList(1, broken.lines().size() - 1)) {
            assertTrue(line.width() <= 200);
            assertTrue("/.-_".indexOf(Texts.text(line).charAt(Texts.text(line).length() - 1)) >= 0, Texts.text(line));
            assertTrue(!line.hyphenated(), Texts.text(line));
        }
        assertEquals(("See " + url + " for more.").replace(" ", ""), Texts.letters(broken));
    }

    /** An added hyphen would change the address a reader types: "…/draft-di-" "pankar…" was printed. */
    @Test
    void anAddressIsNeverHyphenatedEvenWhereItsWordsCouldBe() {
        String text = "See https://datatracker.ietf.org/doc/html/draft-dipankar-nfsv4-performanceconsiderations now";
        for (int width = 60; width <= 300; width += 4) {
            BrokenParagraph broken = ParagraphBreaker.breakParagraph(Texts.runs(text, Texts.SERIF), width, Mode.RAGGED, "en");
            for (BrokenLine line : broken.lines()) {
                assertTrue(!line.hyphenated(), width + " pt: " + Texts.text(line));
            }
            assertEquals(text.replace(" ", ""), Texts.letters(broken));
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutAnywhereWithAWarning() {
        String url = "https://example.org/" + "a".repeat(300);
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(Texts.runs("See " + url + " now", Texts.SERIF), 200,
                Mode.JUSTIFIED, "en");
        assertTrue(broken.lines().stream().allMatch(line -> line.width() <= 200 + 1e-6));
        assertEquals(1, broken.warnings().size(), broken.warnings().toString());
        assertEquals(BreakWarning.FORCED_BREAK, broken.warnings().get(0).code());
        assertTrue(broken.warnings().get(0).message().startsWith("\"https://example.org/aaa"));
        assertEquals(("See " + url + " now").replace(" ", ""), Texts.letters(broken));
        // the address's own points come first: the cut before the letters is at its slash
        assertTrue(Texts.text(broken.lines().get(0)).endsWith("example.org/"), broken.lines().toString());
    }

    @Test
    void cjkTextBreaksBetweenIdeographs() {
        String text = "東京大学で情報科学を学び、組版システムの開発に十年間携わりました。多言語の履歴書を美しく組むことが目標です。";
        List<Run> runs = List.of(Run.of(text, Texts.CJK, Texts.SIZE, false, "cjk"));
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(runs, 100, Mode.RAGGED, "ja");
        assertTrue(broken.lines().size() >= 5, broken.lines().toString());
        assertEquals(List.of(), broken.warnings());
        for (BrokenLine line : broken.lines()) {
            assertTrue(line.width() <= 100);
            assertTrue(!Texts.text(line).startsWith("、") && !Texts.text(line).startsWith("。"), Texts.text(line));
        }
        assertEquals(text, Texts.letters(broken));
    }

    @Test
    void justifiedLinesMeetBothMarginsAndTheLastKeepsNaturalSpaces() {
        String text = Texts.randomParagraph(new Random(3), 80);
        double space = Texts.SERIF.width(" ", Texts.SIZE);
        List<BrokenLine> lines = ParagraphBreaker.breakParagraph(Texts.runs(text, Texts.SERIF), 300, Mode.JUSTIFIED,
                "en").lines();
        for (BrokenLine line : lines.subList(0, lines.size() - 1)) {
            assertEquals(300, line.width(), 1e-6, Texts.text(line));
            assertTrue(line.runs().stream().filter(Run::space).allMatch(r -> r.width() >= space * 2 / 3 - 1e-9));
        }
        BrokenLine last = lines.get(lines.size() - 1);
        assertTrue(last.runs().stream().filter(Run::space).allMatch(r -> r.width() == space));
    }

    /**
     * Ragged prose is hyphenated where that evens the right edge: in columns 200–300 pt wide no line
     * is left under 80% full any more and the average line is fuller, for a hyphen on fewer than one
     * line in five.
     */
    @Test
    void raggedLinesAreHyphenatedToEvenTheRightEdge() {
        Random random = new Random(8);
        Rag plain = new Rag();
        Rag hyphenated = new Rag();
        for (int i = 0; i < 200; i++) {
            List<Run> runs = Texts.runs(Texts.randomParagraph(random, 15 + random.nextInt(50)), Texts.SERIF);
            double width = 200 + random.nextDouble() * 100;
            plain.add(ParagraphBreaker.breakParagraph(runs, width, Mode.RAGGED, null), width);
            hyphenated.add(ParagraphBreaker.breakParagraph(runs, width, Mode.RAGGED, "en"), width);
        }
        assertEquals(0, plain.hyphens);
        assertTrue(plain.under80 > 20 && hyphenated.under80 == 0, plain.under80 + " → " + hyphenated.under80);
        assertTrue(hyphenated.fill / hyphenated.lines > plain.fill / plain.lines + 0.02);
        assertTrue(hyphenated.hyphens < hyphenated.lines / 5, hyphenated.hyphens + " of " + hyphenated.lines);
        System.out.printf("ragged, 200-300 pt: %d of %d lines under 80%% full, mean fill %.3f; hyphenated: %d, %.3f,"
                + " %d hyphens%n", plain.under80, plain.lines, plain.fill / plain.lines, hyphenated.under80,
                hyphenated.fill / hyphenated.lines, hyphenated.hyphens);
    }

    /** How full the lines of some paragraphs are, the last line of each not counted. */
    private static final class Rag {
        int lines;
        int under80;
        int hyphens;
        double fill;

        void add(BrokenParagraph paragraph, double width) {
            for (BrokenLine line : paragraph.lines().subList(0, paragraph.lines().size() - 1)) {
                lines++;
                fill += line.width() / width;
                under80 += line.width() < 0.8 * width ? 1 : 0;
                hyphens += line.hyphenated() ? 1 : 0;
            }
        }
    }

    @Test
    void aHyphenIsARealCharacterInTheWordsFaceAndCarriesItsPayload() {
        List<Run> runs = new ArrayList<>(Texts.runs("Responsibilities for ", Texts.SERIF));
        runs.add(Run.of("internationalization", Texts.BOLD, Texts.SIZE, false, "bold"));
        runs.addAll(Texts.runs(" of typesetting", Texts.SERIF));
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(runs, 90, Mode.JUSTIFIED, "en");
        BrokenLine line = broken.lines().stream().filter(l -> l.hyphenated()
                && l.runs().get(l.runs().size() - 1).payload().equals("bold")).findFirst().orElseThrow();
        Run bold = line.runs().get(line.runs().size() - 1);
        assertEquals("-", bold.text());
        String letter = Texts.text(line).substring(Texts.text(line).length() - 2, Texts.text(line).length() - 1);
        // "-" measured in the word's face, with its kerning against the letter before it
        assertEquals(Texts.BOLD.width(letter + "-", Texts.SIZE) - Texts.BOLD.width(letter, Texts.SIZE), bold.width(),
                1e-9);
        assertTrue(broken.lines().stream().flatMap(l -> l.runs().stream())
                .filter(r -> !r.space() && r.face() == Texts.BOLD).allMatch(r -> r.payload().equals("bold")));
    }

    @Test
    void theFirstLineMayBeNarrower() {
        String text = Texts.randomParagraph(new Random(5), 40);
        List<BrokenLine> lines = ParagraphBreaker.breakParagraph(Texts.runs(text, Texts.SERIF), 120, 360,
                Mode.RAGGED, "en").lines();
        assertTrue(lines.get(0).width() <= 120);
        assertTrue(lines.get(1).width() > 120, Texts.text(lines.get(1)));
    }

    @Test
    void aCharacterWiderThanTheLineStillGetsALineAndAWarning() {
        BrokenParagraph broken = ParagraphBreaker.breakParagraph(Texts.runs("學", Texts.CJK), 4, Mode.RAGGED, null);
        assertEquals(1, broken.lines().size());
        assertEquals(BreakWarning.OVERFULL_LINE, broken.warnings().get(0).code());
    }

    /** Prints paragraphs per second on one core; asserts nothing about time (machines differ). */
    @Test
    void speed() {
        Random random = new Random(11);
        for (int[] words : new int[][] {{15, 40}, {20, 100}, {90, 100}}) {
            List<List<Run>> paragraphs = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String text = Texts.randomParagraph(random, words[0] + random.nextInt(words[1] - words[0] + 1));
                paragraphs.add(Texts.runs(text, Texts.SERIF));
            }
            for (Mode mode : Mode.values()) {
                System.out.printf("ParagraphBreaker %s, %d-%d words, 430 pt: %.0f paragraphs/s%n", mode, words[0],
                        words[1], perSecond(paragraphs, mode));
            }
        }
    }

    private static double perSecond(List<List<Run>> paragraphs, Mode mode) {
        int count = 10_000;
        for (int warm = 0; warm < count; warm++) {
            ParagraphBreaker.breakParagraph(paragraphs.get(warm % paragraphs.size()), 430, mode, "en");
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ParagraphBreaker.breakParagraph(paragraphs.get(i % paragraphs.size()), 430, mode, "en");
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
