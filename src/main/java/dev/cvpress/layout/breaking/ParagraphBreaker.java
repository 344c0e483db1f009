package dev.cvpress.layout.breaking;

import java.util.List;
import java.util.Optional;

/**
 * Breaks a paragraph of measured runs into lines, optimally (Knuth–Plass), ragged or justified,
 * hyphenating in the paragraph's language: a justified paragraph only where its lines cannot be
 * set well without (TeX's first pass), a ragged one wherever a hyphen buys a noticeably evener
 * right edge. No line is wider than its measure: a word wider than a line is cut at its
 * hyphenation or address points ('/', '.', '-', …) or, as a last resort, between any two letters
 * with a {@link BreakWarning#FORCED_BREAK} warning. Stateless and thread-safe. See the package
 * documentation for how the layout maps its pieces to runs and back.
 */
public final class ParagraphBreaker {
    /**
     * A ragged line may fall this share of the measure short at badness 100 (the first pass's
     * tolerance), like the stretch of TeX's {@code \rightskip} in {@code \raggedright}, but scaled
     * to the measure so narrow columns and wide ones rag alike.
     */
    private static final double RAGGED_STRETCH = 0.2;
    /** TeX's {@code \emergencystretch}, for the passes after hyphenation, as a share of the measure. */
    private static final double EMERGENCY_STRETCH = 0.1;

    private ParagraphBreaker() {}

    /** Lines of {@code runs}, each at most {@code width} points wide. */
    public static BrokenParagraph breakParagraph(List<Run> runs, double width, Mode mode, String language) {
        return breakParagraph(runs, width, width, mode, language);
    }

    /**
     * Lines of {@code runs}: the first at most {@code firstWidth} points wide (beside a hanging
     * label or a flush-right date), the others at most {@code width}. {@code language} is a BCP 47
     * tag choosing the hyphenation patterns; null or a language without patterns hyphenates nothing.
     * A paragraph with no text has no lines; a measure too narrow for a single character gets one
     * character a line, each with a {@link BreakWarning#OVERFULL_LINE} warning.
     */
    public static BrokenParagraph breakParagraph(List<Run> runs, double firstWidth, double width, Mode mode,
            String language) {
        if (Double.isNaN(firstWidth) || Double.isNaN(width)) {
            throw new IllegalArgumentException("a line's width must be a number");
        }
        boolean ragged = mode == Mode.RAGGED;
        Optional<Hyphenator> hyphenator = Hyphenator.forLanguage(language);
        // A ragged paragraph that may be hyphenated weighs each hyphen against a shorter line from
        // the first pass on. After a pass without hyphens, as TeX does it, a ragged line would
        // never be hyphenated, since a shorter line is nearly always within tolerance; this way a
        // hyphen (penalty 50, TeX's) is taken where it evens the right edge noticeably, which at
        // full width is seldom and in a narrow column often (README: numbers).
        boolean hyphensFirst = ragged && hyphenator.isPresent();
        double endStretch = ragged ? RAGGED_STRETCH * width : 0;
        double narrowest = Math.min(firstWidth, width);
        // Unhyphenated ragged lines nearly always fit the first pass, whose elements (most words
        // whole runs of known width) are three times cheaper to build; the others are built with
        // every pass's points at once.
        List<Element> elements = ragged && !hyphensFirst ? ElementBuilder.firstPass(runs, mode)
                : ElementBuilder.allPasses(runs, hyphenator, mode, narrowest);
        if (elements.isEmpty()) {
            return BrokenParagraph.EMPTY;
        }
        OptimalBreaker breaker = new OptimalBreaker(elements, firstWidth, width, endStretch, EMERGENCY_STRETCH * width);
        OptimalBreaker.Breaks breaks = breaker.firstPass(hyphensFirst);
        if (breaks == null) {
            if (ragged && !hyphensFirst) {
                elements = ElementBuilder.allPasses(runs, hyphenator, mode, narrowest);
                breaker = new OptimalBreaker(elements, firstWidth, width, endStretch, EMERGENCY_STRETCH * width);
            }
            breaks = breaker.laterPasses();
        }
        return LineAssembler.assemble(runs, elements, breaks, mode, firstWidth, width);
    }
}
