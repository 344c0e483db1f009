package dev.cvpress.layout.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.layout.breaking.Element.Box;
import dev.cvpress.layout.breaking.Element.Glue;
import dev.cvpress.layout.breaking.Element.Penalty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Total fit, checked as properties over many random paragraphs set in a real face, with a fixed seed. */
class OptimalBreakerTest {
    private static final Optional<Hyphenator> EN = Hyphenator.forLanguage("en");

    @Test
    void noLineIsEverWiderThanItsMeasure() {
        Random random = new Random(20240611);
        for (int i = 0; i < 1500; i++) {
            String text = Texts.randomParagraph(random, 1 + random.nextInt(100)) + unbreakable(random);
            double width = 60 + random.nextDouble() * 420;
            double first = random.nextBoolean() ? width : width * (0.4 + random.nextDouble() * 0.6);
            Mode mode = random.nextBoolean() ? Mode.RAGGED : Mode.JUSTIFIED;
            BrokenParagraph broken = ParagraphBreaker.breakParagraph(Texts.runs(text, Texts.SERIF), first, width, mode,
                    random.nextBoolean() ? "en-US" : null);
            for (int k = 0; k < broken.lines().size(); k++) {
                BrokenLine line = broken.lines().get(k);
                double measure = k == 0 ? first : width;
                assertTrue(line.width() <= measure + 1e-6, "line " + k + " is " + line.width() + " > " + measure
                        + ": " + Texts.text(line));
                assertFalse(line.runs().get(0).space() || line.runs().get(line.runs().size() - 1).space(), text);
            }
            assertEquals(text.replace(" ", ""), Texts.letters(broken), "every letter is set once, in order");
        }
    }

    @Test
    void totalFitCostsNoMoreThanFirstFit() {
        Random random = new Random(7);
        int compared = 0;
        for (int i = 0; i < 1000; i++) {
            String text = Texts.randomParagraph(random, 5 + random.nextInt(95));
            double width = 150 + random.nextDouble() * 330;
            Mode mode = random.nextBoolean() ? Mode.RAGGED : Mode.JUSTIFIED;
            List<Element> elements = ElementBuilder.allPasses(Texts.runs(text, Texts.SERIF), EN, mode, width);
            OptimalBreaker breaker = new OptimalBreaker(elements, width, width, mode == Mode.RAGGED ? width / 5 : 0, 0);
            int[] firstFit = firstFit(elements, width);
            if (firstFit != null) {
                double optimal = breaker.solve(new OptimalBreaker.Pass(1, Demerits.INF_BAD, false)).demerits();
                assertTrue(optimal <= breaker.demeritsOf(firstFit) + 1e-6, text + " at " + width);
                compared++;
            }
        }
        assertTrue(compared > 900, "first fit left over-full lines in " + (1000 - compared) + " paragraphs");
    }

    @Test
    void aShortLastWordIsNotLeftAlone() {
        String text = "Led a team of six to set up a new way to test and ship all of the apps we made for our users in"
                + " time.";
        String allButLast = text.substring(0, text.lastIndexOf(' '));
        // first fit sets all but "time." on the first line and leaves it alone on the second
        double width = Texts.SERIF.width(allButLast, Texts.SIZE) + 1;
        for (Mode mode : Mode.values()) {
            List<BrokenLine> lines = ParagraphBreaker.breakParagraph(Texts.runs(text, Texts.SERIF), width, mode, null)
                    .lines();
            assertEquals(2, lines.size());
            assertTrue(Texts.text(lines.get(1)).contains(" "), mode + ": " + Texts.text(lines.get(1)));
        }
    }

    @Test
    void aJustifiedFirstPassNeverHyphenatesAndIsKeptWhenItSucceeds() {
        Random random = new Random(99);
        int succeeded = 0;
        Mode mode = Mode.JUSTIFIED;
        for (int i = 0; i < 300; i++) {
            String text = Texts.randomParagraph(random, 10 + random.nextInt(30));
            double width = 300 + random.nextDouble() * 180;
            List<Element> elements = ElementBuilder.allPasses(Texts.runs(text, Texts.SERIF), EN, mode, width);
            OptimalBreaker.Breaks first = new OptimalBreaker(elements, width, width, 0, 0).firstPass(false);
            if (first != null) {
                succeeded++;
                assertTrue(Arrays.stream(first.ends()).noneMatch(b -> elements.get(b) instanceof Penalty p
                        && p.kind().firstPass > 1), text);
                BrokenParagraph broken = ParagraphBreaker.breakParagraph(Texts.runs(text, Texts.SERIF), width, mode,
                        "en");
                assertEquals(first.ends().length, broken.lines().size());
                assertTrue(broken.lines().stream().noneMatch(BrokenLine::hyphenated), text);
            }
        }
        assertTrue(succeeded > 50, succeeded + " of 300");
    }

    @Test
    void aWordCutIntoBoxesKeepsItsKernedWidth() {
        for (String word : List.of("Typewriter", "AVAILABILITY", "Wavefront", "https://www.example.org/To/Yves")) {
            List<Element> elements = ElementBuilder.allPasses(Texts.runs(word, Texts.SERIF), EN, Mode.RAGGED, 10);
            double boxes = elements.stream().filter(Box.class::isInstance).mapToDouble(e -> ((Box) e).width()).sum();
            assertTrue(elements.size() > 10, elements.toString());
            assertEquals(Texts.SERIF.width(word, Texts.SIZE), boxes, 1e-9, word);
        }
    }

    /** Sometimes an address or a very long word, which first fit would have to cut. */
    private static String unbreakable(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> " https://example.org/" + "segment/".repeat(random.nextInt(12)) + "x".repeat(random.nextInt(90));
            case 1 -> " " + "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(1 + random.nextInt(3));
            default -> "";
        };
    }

    /** First fit over the first pass's breakpoints; null when it leaves an over-full line. */
    private static int[] firstFit(List<Element> elements, double width) {
        List<Integer> ends = new ArrayList<>();
        int start = 0;
        int lastFit = -1;
        for (int b = 0; b < elements.size(); b++) {
            if (!legalInFirstPass(elements, b)) {
                continue;
            }
            if (natural(elements, start, b) > width && lastFit >= 0) {
                ends.add(lastFit);
                start = lastFit + 1;
                while (!(elements.get(start) instanceof Box)) {
                    start++;
                }
                lastFit = -1;
            }
            if (natural(elements, start, b) > width) {
                return null;
            }
            lastFit = b;
        }
        ends.add(elements.size() - 1);
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean legalInFirstPass(List<Element> elements, int b) {
        if (elements.get(b) instanceof Penalty p) {
            return p.kind().firstPass == 1;
        }
        return elements.get(b) instanceof Glue && elements.get(b - 1) instanceof Box;
    }

    private static double natural(List<Element> elements, int start, int end) {
        double width = elements.get(end) instanceof Penalty p ? p.width() : 0;
        for (Element e : elements.subList(start, end)) {
            width += e instanceof Box box ? box.width() : e instanceof Glue glue ? glue.width() : 0;
        }
        return width;
    }
}
