package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Box;
import dev.cvpress.layout.breaking.Element.Glue;
import dev.cvpress.layout.breaking.Element.Penalty;
import dev.cvpress.layout.breaking.OptimalBreaker.Node;

/**
 * Measures a candidate line in constant time from running totals of width, stretch and shrink,
 * which is what keeps Knuth–Plass fast: a line from a node to a break is two subtractions.
 */
final class LineMeasure {
    /** Sums of many widths differ in their last bits; an exact fit must not count as over-full. */
    static final double EPSILON = 1e-9;
    private final double firstWidth;
    private final double width;
    private final double lineEndStretch;
    /** Totals over the elements before index i. */
    private final double[] widths;
    private final double[] stretches;
    private final double[] shrinks;
    private final int[] spaces;
    /** What a line ending at index i adds: a hyphen's width; 0 but at hyphenation points. */
    private final double[] endings;

    LineMeasure(Element[] elements, double firstWidth, double width, double lineEndStretch) {
        this.firstWidth = firstWidth;
        this.width = width;
        this.lineEndStretch = lineEndStretch;
        int n = elements.length;
        widths = new double[n + 1];
        stretches = new double[n + 1];
        shrinks = new double[n + 1];
        spaces = new int[n + 1];
        endings = new double[n];
        for (int i = 0; i < n; i++) {
            widths[i + 1] = widths[i];
            stretches[i + 1] = stretches[i];
            shrinks[i + 1] = shrinks[i];
            spaces[i + 1] = spaces[i];
            add(elements[i], i);
        }
    }

    private void add(Element element, int i) {
        if (element instanceof Box box) {
            widths[i + 1] += box.width();
        } else if (element instanceof Glue glue) {
            widths[i + 1] += glue.width();
            stretches[i + 1] += glue.stretch();
            shrinks[i + 1] += glue.shrink();
            spaces[i + 1] += glue.run() >= 0 ? 1 : 0;
        } else {
            endings[i] = ((Penalty) element).width();
        }
    }

    /** The measure of the line after {@code from}: the first line may differ from the rest. */
    double width(Node from) {
        return from.line() == 0 ? firstWidth : width;
    }

    /** Width of the line from {@code from} to a break at {@code b}, a hyphen there included. */
    double natural(Node from, int b) {
        return widths[b] - widths[from.start()] + from.nextLine() + endings[b];
    }

    /** Spaces inside the line from {@code from} to {@code b}. */
    int spaces(Node from, int b) {
        return spaces[b] - spaces[from.start()];
    }

    /**
     * The adjustment ratio: the share of the line's stretch (positive) or shrink (negative) needed
     * to fill the measure, counting {@code extraStretch} more; infinite when there is none to use,
     * below -1 when the line is over-full.
     */
    double ratio(Node from, int b, double extraStretch) {
        double natural = natural(from, b);
        double target = width(from);
        if (natural < target - EPSILON) {
            double stretch = stretches[b] - stretches[from.start()] + lineEndStretch + extraStretch;
            return stretch > 0 ? (target - natural) / stretch : Double.POSITIVE_INFINITY;
        }
        if (natural > target + EPSILON) {
            double shrink = shrinks[b] - shrinks[from.start()];
            return shrink > 0 ? (target - natural) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }
}
