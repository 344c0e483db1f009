package dev.cvpress.layout.breaking;

/**
 * The paragraph as Knuth and Plass see it: boxes of text that stay on one line, glue that
 * separates words and may stretch or shrink, and penalties where a line may end at a cost.
 * Boxes and glue point back at the {@link Run} they came from so lines can be rebuilt from runs.
 */
sealed interface Element {

    /** Characters {@code begin} to {@code end} of run {@code run}, measured. */
    record Box(double width, int run, int begin, int end) implements Element {}

    /**
     * An inter-word space from run {@code run}, or the paragraph's finishing glue ({@code run} -1).
     * A line may end at glue that follows a box; the glue then vanishes.
     */
    record Glue(double width, double stretch, double shrink, int run) implements Element {}

    /**
     * A place a line may end; {@code width} joins the line only if it ends here (a hyphen, measured
     * in the face of run {@code run}, the run before the break), and {@code nextLine} joins the line
     * that starts after it (taking back the kerning across a break inside a word).
     */
    record Penalty(double width, double nextLine, Kind kind, int run) implements Element {

        Penalty(Kind kind) {
            this(0, 0, kind, -1);
        }
    }

    /** Why a line may end at a penalty: decides its cost, whether it is flagged, and its first pass. */
    enum Kind {
        /** Unicode's line break opportunity without a space: between ideographs. */
        OPPORTUNITY(0, false, 1),
        /** After a hyphen or dash in the text (TeX's \exhyphenpenalty). */
        EXPLICIT(50, true, 1),
        /** A hyphenation point: a "-" is added when the line ends here (TeX's \hyphenpenalty). */
        HYPHEN(50, true, 2),
        /** After '/', '.', '-' and the like in an address, with no hyphen added (url.sty's 500). */
        URL(500, false, 2),
        /** Between any two characters of a word wider than the line: the last resort, for the final pass. */
        EMERGENCY(0, false, 3),
        /** The paragraph's end. */
        FORCED(Double.NEGATIVE_INFINITY, false, 1),
        /** Keeps the glue after it from being a break (TeX's penalty 10000). */
        PROHIBITED(Double.POSITIVE_INFINITY, false, Integer.MAX_VALUE);

        final double cost;
        final boolean flagged;
        /** The first pass of the breaker that may end a line here. */
        final int firstPass;

        Kind(double cost, boolean flagged, int firstPass) {
            this.cost = cost;
            this.flagged = flagged;
            this.firstPass = firstPass;
        }
    }
}
