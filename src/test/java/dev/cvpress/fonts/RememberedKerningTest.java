package dev.cvpress.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RememberedKerningTest {
    /** Distinct values for nearly every pair, negative and positive, so a mixed-up entry shows. */
    private static final Kerning ARITHMETIC = (left, right) -> (left * 7919 + right * 104_729) % 2001 - 1000;

    @Test
    void answersAsTheKerningItRemembersWhateverTheOrderOfQuestions() {
        Kerning remembered = new RememberedKerning(ARITHMETIC);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // Few distinct first glyphs, as in text, so that answers are asked for again and slots collide.
            int left = random.nextInt(300);
            int right = random.nextInt(i % 2 == 0 ? 300 : 65_535);
            assertEquals(ARITHMETIC.kerning(left, right), remembered.kerning(left, right), left + "," + right);
        }
    }

    @Test
    void extremeGlyphIdsAreAnsweredToo() {
        Kerning remembered = new RememberedKerning(ARITHMETIC);
        int[][] pairs = {{0, 0}, {0xFFFF, 0xFFFF}, {0xFFFE, 0xFFFF}, {0xFFFF, 0}, {0, 0xFFFF}, {70_000, 3}, {3, 70_000}};
        for (int round = 0; round < 2; round++) {
            for (int[] pair : pairs) {
                assertEquals(ARITHMETIC.kerning(pair[0], pair[1]), remembered.kerning(pair[0], pair[1]));
            }
        }
    }

    @Test
    void aPairAskedAgainIsRemembered() {
        AtomicInteger asked = new AtomicInteger();
        Kerning remembered = new RememberedKerning((left, right) -> {
            asked.incrementAndGet();
            return ARITHMETIC.kerning(left, right);
        });
        for (int round = 0; round < 50; round++) {
            for (int left = 40; left < 50; left++) {
                for (int right = 40; right < 50; right++) {
                    remembered.kerning(left, right);
                }
            }
        }
        // 100 pairs in 8,192 slots: a few may share one and push each other out, but not many.
        assertTrue(asked.get() < 200, asked + " questions reached the font for 100 pairs asked 50 times");
    }

    @Test
    void threadsSharingItGetTheRightAnswers() {
        Kerning remembered = new RememberedKerning(ARITHMETIC);
        long wrong = IntStream.range(0, 8).parallel().mapToLong(seed -> {
            SplittableRandom random = new SplittableRandom(seed % 2);
            long mistakes = 0;
            for (int i = 0; i < 100_000; i++) {
                int left = random.nextInt(200);
                int right = random.nextInt(200);
                mistakes += remembered.kerning(left, right) == ARITHMETIC.kerning(left, right) ? 0 : 1;
            }
            return mistakes;
        }).sum();
        assertEquals(0, wrong);
    }
}
