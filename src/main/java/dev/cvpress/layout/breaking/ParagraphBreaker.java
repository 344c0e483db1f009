package dev.cvpress.layout.breaking;

import java.util.List;
import java.util.Optional;

/**
 * Breaks a paragraph of measured runs into lines, optimally (Knuth–Plass), ragged or justified,
 * hyphenating in the paragraph's language. No line is wider than its measure: a word wider than
 * a line is cut at its hyphenation or address points ('/', '.', '-', …) or, as a last resort,
 * between any two letters with a {@link BreakWarning#FORCED_BREAK} warning. Stateless and
 * thread-safe. See the package documentation for how the layout maps its pieces to runs and back.
 */
public final class ParagraphBreaker {
    /**
     * A ragged line may fall this share of the measure short at badness 100 (the first pass's
     * tolerance), like the stretch of TeX's {@code \rightskip} in {@code \raggedright}, but scaled
     * to the measure so narrow columns and wide ones rag alike.
     */
    private static final double RAGGED_STRETCH = 0.2;

    private ParagraphBreaker() {}

    /** Lines of {@code runs}, each at most {@code width} points wide. */
    public static BrokenParagraph breakParagraph(List<Run> runs, double width, Mode mode, String language) {
        return breakParagraph(runs, width, width, mode, language);
    }

    /**
     * Lines of {@code runs}: the first at most {@code firstWidth} points wide (beside a hanging
     * label or a flush-right date), the others at most {@code width}. {@code language} is a BCP 47
     * tag choosing the hyphenation patterns; null or a language without patterns hyphenates nothing.
     * A paragraph with no text has no lines.
     */
    public static BrokenParagraph breakParagraph(List<Run> runs, double firstWidth, double width, Mode mode,
            String language) {
        if (!(firstWidth > 0 && width > 0)) {
            throw new IllegalArgumentException("a line must be wider than 0, not " + firstWidth + " and " + width);
        }
        Optional<Hyphenator> hyphenator = Hyphenator.forLanguage(language);
        List<Element> elements = ElementBuilder.build(runs, hyphenator, mode, Math.min(firstWidth, width));
        if (elements.isEmpty()) {
            return BrokenParagraph.EMPTY;
        }
        double endStretch = mode == Mode.RAGGED ? RAGGED_STRETCH * width : 0;
        OptimalBreaker.Breaks breaks = new OptimalBreaker(elements, firstWidth, width, endStretch).best();
        return LineAssembler.assemble(runs, elements, breaks, mode, firstWidth, width);
    }
}
